package vn.cong.tenancy;

/**
 * Materialised path of a unit in the tree, e.g. {@code /12/40/77/}: a subtree is every unit whose path
 * starts with the root's path, so "this subtree" is one indexed prefix query.
 */
public record UnitPath(String value) {

    public UnitPath {
        if (value == null || !value.startsWith("/") || !value.endsWith("/")) {
            throw new IllegalArgumentException("A unit path starts and ends with '/': " + value);
        }
    }

    public static UnitPath root(long unitId) {
        return new UnitPath("/" + unitId + "/");
    }

    public UnitPath child(long unitId) {
        return new UnitPath(value + unitId + "/");
    }

    public boolean contains(UnitPath other) {
        return other.value.startsWith(value);
    }

    public int depth() {
        return (int) value.chars().filter(c -> c == '/').count() - 1;
    }
}
