package vn.cong.identity;

/**
 * Roles held per unit (REQUIREMENTS §2). A grant of {@link #DIC_ADMIN} covers the subtree of the unit it is
 * granted on — explicitly, never by being "higher up"; {@link #PLATFORM_OPERATOR} is granted on no unit.
 */
public enum Role {
    PLATFORM_OPERATOR("Quản trị nền tảng", "Platform operator"),
    DIC_ADMIN("Quản trị Sở TT&TT (cây đơn vị)", "DIC administrator (subtree)"),
    UNIT_ADMIN("Quản trị cổng đơn vị", "Unit administrator"),
    HEAD("Trưởng ban biên tập", "Head of the editorial board"),
    SECRETARIAT("Thư ký, thường trực ban biên tập", "Secretariat"),
    EDITOR("Biên tập viên, cộng tác viên", "Editor / collaborator");

    private final String nameVi;
    private final String nameEn;

    Role(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String displayName(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }
}
