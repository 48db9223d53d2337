package vn.cong.tenancy;

/** Why a hostname reaches a unit. */
public enum HostKind {
    /** The name from the naming rule (VP Art. 3, MIC Art. 8.2). */
    CANONICAL,
    /** {@code english.<canonical>}: the same unit in English. */
    ENGLISH,
    /** A unit's own domain, kept beside the canonical name. */
    CUSTOM,
    /** An old name kept as a permanent redirect after a merge or rename. */
    REDIRECT
}
