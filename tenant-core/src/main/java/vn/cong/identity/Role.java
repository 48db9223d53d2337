package vn.cong.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * Roles held per unit (REQUIREMENTS §2; MIC Art. 5, 12; VP Art. 12; BNV Art. 4, 11). A grant of {@link #DIC_ADMIN}
 * covers the subtree of the unit it is granted on — explicitly, never by being "higher up";
 * {@link #PLATFORM_OPERATOR} is granted on no unit. The board roles are assigned by the unit administrator
 * (see {@link #assignableInUnit()}); what each may do to an item is {@code vn.cong.editorial.WorkflowPolicy}'s.
 */
public enum Role {
    PLATFORM_OPERATOR("Quản trị nền tảng", "Platform operator"),
    DIC_ADMIN("Quản trị Sở TT&TT (cây đơn vị)", "DIC administrator (subtree)"),
    UNIT_ADMIN("Quản trị cổng đơn vị", "Unit administrator"),
    /** Trưởng ban biên tập: decides sensitive escalations, may force-publish an urgent item. */
    HEAD("Trưởng ban biên tập", "Head of the editorial board"),
    /** Phó trưởng ban: decides escalations as the head does. */
    DEPUTY_HEAD("Phó trưởng ban biên tập", "Deputy head of the editorial board"),
    /** Thành viên ban biên tập: approves what is escalated to them, for the subject fields of their grant. */
    MEMBER("Thành viên ban biên tập (theo lĩnh vực)", "Board member (by subject field)"),
    /** Bộ phận thường trực, thư ký: receives, screens, edits, schedules and publishes. */
    SECRETARIAT("Thư ký, thường trực ban biên tập", "Secretariat"),
    /** Biên tập viên, cộng tác viên, phóng viên: writes and submits items. */
    EDITOR("Biên tập viên, cộng tác viên", "Editor / collaborator"),
    /** Cán bộ đầu mối of a contributing unit (named on the grant): sends that unit's information. */
    FOCAL_OFFICER("Cán bộ đầu mối cung cấp thông tin", "Focal officer of a contributing unit"),
    /** Người trả lời hỏi đáp (ND Art. 9.4): answers citizens' questions. */
    QA_RESPONDER("Người trả lời hỏi đáp", "Q&A responder");

    private static final Set<Role> BOARD = EnumSet.of(HEAD, DEPUTY_HEAD, MEMBER, SECRETARIAT);

    private final String nameVi;
    private final String nameEn;

    Role(String nameVi, String nameEn) {
        this.nameVi = nameVi;
        this.nameEn = nameEn;
    }

    public String displayName(String language) {
        return "en".equals(language) ? nameEn : nameVi;
    }

    /** Sits on the editorial board proper (head, deputies, members, secretariat). */
    public boolean isBoardMember() {
        return BOARD.contains(this);
    }

    /** A unit administrator may grant it in their unit; the platform roles are granted by the platform. */
    public boolean isAssignableInUnit() {
        return this != PLATFORM_OPERATOR && this != DIC_ADMIN;
    }

    public static Set<Role> assignableInUnit() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : values()) {
            if (role.isAssignableInUnit()) {
                roles.add(role);
            }
        }
        return roles;
    }
}
