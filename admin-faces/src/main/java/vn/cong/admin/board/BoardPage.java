package vn.cong.admin.board;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cong.admin.shell.BackOffice;
import vn.cong.board.BoardDirectory;
import vn.cong.board.BoardSeat;
import vn.cong.board.BoardService;
import vn.cong.board.SubjectField;
import vn.cong.identity.Role;
import vn.cong.identity.RoleGrant;
import vn.cong.platform.DomainException;

/**
 * Ban biên tập: the unit administrator assigns and removes the board's roles (a member's subject fields, a focal
 * officer's contributing unit), invites an existing account of another unit by its username, and keeps the
 * unit's list of subject fields. Everyone else gets 403.
 */
@Named
@ViewScoped
public class BoardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient BoardDirectory directory;

    @Inject
    transient BoardService board;

    private String username;
    private Role role;
    private List<String> fields = new ArrayList<>();
    private String contributingUnit;
    private String fieldNameVi;
    private String fieldNameEn;

    private transient List<BoardSeat> seats;

    /** View action: the board service decides who manages the board; a refusal becomes the error page. */
    public void load() {
        try {
            seats = board.seats(backOffice.actor());
        } catch (DomainException refusal) {
            BackOffice.fail(refusal.status());
        }
    }

    public List<BoardSeat> getSeats() {
        if (seats == null) {
            seats = board.seats(backOffice.actor());
        }
        return seats;
    }

    public List<SubjectField> getSubjectFields() {
        return directory.fields();
    }

    public List<Role> getRoles() {
        return List.copyOf(Role.assignableInUnit());
    }

    public String roleName(Role value) {
        return value == null ? "" : value.displayName(backOffice.getLanguage());
    }

    /** "Thành viên ban biên tập: Kinh tế, Văn hóa - Xã hội" — a grant as the board page lists it. */
    public String describe(RoleGrant grant) {
        Map<String, String> names = directory.fields().stream()
                .collect(Collectors.toMap(SubjectField::getCode, f -> f.name(backOffice.getLanguage())));
        StringBuilder text = new StringBuilder(roleName(grant.getRole()));
        if (!grant.getFields().isEmpty()) {
            text.append(": ").append(grant.getFields().stream().map(c -> names.getOrDefault(c, c)).sorted()
                    .collect(Collectors.joining(", ")));
        }
        if (grant.getContributingUnit() != null) {
            text.append(" — ").append(grant.getContributingUnit());
        }
        return text.toString();
    }

    public String assign() {
        try {
            board.assign(backOffice.actor(), username, role, fields, contributingUnit, backOffice.address());
            return "/admin/board.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String revoke(long grantId) {
        try {
            board.revoke(backOffice.actor(), grantId, backOffice.address());
            return "/admin/board.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String addField() {
        try {
            board.addField(backOffice.actor(), fieldNameVi, fieldNameEn, backOffice.address());
            return "/admin/board.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String removeField(String code) {
        try {
            board.removeField(backOffice.actor(), code, backOffice.address());
            return "/admin/board.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public List<String> getFields() {
        return fields;
    }

    public void setFields(List<String> fields) {
        this.fields = fields == null ? new ArrayList<>() : new ArrayList<>(fields);
    }

    public String getContributingUnit() {
        return contributingUnit;
    }

    public void setContributingUnit(String contributingUnit) {
        this.contributingUnit = contributingUnit;
    }

    public String getFieldNameVi() {
        return fieldNameVi;
    }

    public void setFieldNameVi(String fieldNameVi) {
        this.fieldNameVi = fieldNameVi;
    }

    public String getFieldNameEn() {
        return fieldNameEn;
    }

    public void setFieldNameEn(String fieldNameEn) {
        this.fieldNameEn = fieldNameEn;
    }
}
