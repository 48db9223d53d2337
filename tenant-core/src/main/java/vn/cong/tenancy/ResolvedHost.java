package vn.cong.tenancy;

/**
 * What a Host header resolved to: the unit, the hostname kind, and the language of the channel
 * ({@code en} on {@code english.*}, otherwise {@code vi}).
 */
public record ResolvedHost(Unit unit, String hostname, HostKind kind) {

    public long unitId() {
        return unit.getId();
    }

    public String language() {
        return kind == HostKind.ENGLISH ? "en" : "vi";
    }

    /** An explicit scope for work that is not a web request (provisioning, demo data, reports). */
    public static ResolvedHost of(Unit unit) {
        return new ResolvedHost(unit, unit.getHostLabel(), HostKind.CANONICAL);
    }
}
