package vn.cong.admin.editorial;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import vn.cong.admin.shell.BackOffice;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.DefaultCatalog;
import vn.cong.content.FieldsRefused;
import vn.cong.content.ItemSaving;
import vn.cong.board.BoardDirectory;
import vn.cong.board.SubjectField;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemAuthoring;
import vn.cong.editorial.ItemDraft;
import vn.cong.editorial.ItemRevision;
import vn.cong.editorial.ItemRevisions;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.ItemText;
import vn.cong.platform.DomainException;

/**
 * Viết bài: write a new item or revise one (the author's draft, the secretariat's item in edit), with its
 * attribution — quoted content names source, author and permission — then save it or send it for approval. A
 * published item is amended here by the secretariat: the save is a working revision citizens do not see until it is
 * republished, and a major change carries the change note they will read.
 */
@Named
@ViewScoped
public class ItemEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient ItemAuthoring authoring;

    @Inject
    transient ItemSaving saving;

    @Inject
    transient BoardDirectory board;

    @Inject
    transient CategoryRepository categories;

    @Inject
    transient ItemRevisions revisions;

    @Inject
    transient vn.cong.admin.content.StructuredFieldsEditor structuredFields;

    private Long id;
    private Long categoryId;
    private String title;
    private String summary;
    private String body;
    private String source;
    private String authorName;
    private boolean quoted;
    private String permissionRef;
    private String fieldCode;
    private boolean submittable = true;
    private boolean amendment;
    private String changeNote;
    private boolean major;

    /** View action: loads the item named by {@code ?id=} (404/403 when it is not this person's to edit). */
    public void load() {
        if (id == null) {
            if (categoryId == null) {
                categoryId = categories.byCode(DefaultCatalog.NEWS).map(Category::getId).orElse(null);
            }
            return;
        }
        try {
            Item item = authoring.require(id, backOffice.actor());
            ItemText text = revisions.workingText(item);
            categoryId = text.categoryId();
            title = text.title();
            summary = text.summary();
            body = text.body();
            source = text.attribution().source();
            authorName = text.attribution().author();
            quoted = text.attribution().quoted();
            permissionRef = text.attribution().permissionRef();
            fieldCode = text.fieldCode();
            submittable = item.getState().isEditableByAuthor();
            amendment = item.getState() == ItemState.PUBLISHED;
            revisions.pending(item).ifPresent(this::keepNote);
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    /** The note of a working revision is carried into the next save of the same amendment. */
    private void keepNote(ItemRevision pending) {
        changeNote = pending.getChangeNote();
        major = pending.isMajor();
    }

    public List<Category> getCategories() {
        return categories.all();
    }

    public List<SubjectField> getFields() {
        return board.fields();
    }

    /** The author's draft can be sent for approval from here; the secretariat's item in edit is only saved. */
    public boolean isSubmittable() {
        return submittable;
    }

    public String save() throws IOException {
        return store(false);
    }

    public String submit() throws IOException {
        return store(true);
    }

    private String store(boolean submit) {
        ItemDraft draft = new ItemDraft(categoryId, title, summary, body, source, authorName, backOffice.getLanguage(),
                quoted, permissionRef, fieldCode, changeNote, major, structuredFields.getValues());
        try {
            Item item = saving.save(backOffice.actor(), id, draft, submit, backOffice.address());
            id = item.getId();
            structuredFields.saved(id);
            return "/admin/item-view.xhtml?faces-redirect=true&id=" + id;
        } catch (FieldsRefused refused) {
            structuredFields.show(refused);
            return null;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    /** A published item: the save is a working revision, with a change note for citizens when it is major. */
    public boolean isAmendment() {
        return amendment;
    }

    public String getChangeNote() {
        return changeNote;
    }

    public void setChangeNote(String changeNote) {
        this.changeNote = changeNote;
    }

    public boolean isMajor() {
        return major;
    }

    public void setMajor(boolean major) {
        this.major = major;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getAuthorName() {
        return authorName;
    }

    public void setAuthorName(String authorName) {
        this.authorName = authorName;
    }

    public boolean isQuoted() {
        return quoted;
    }

    public void setQuoted(boolean quoted) {
        this.quoted = quoted;
    }

    public String getPermissionRef() {
        return permissionRef;
    }

    public void setPermissionRef(String permissionRef) {
        this.permissionRef = permissionRef;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public void setFieldCode(String fieldCode) {
        this.fieldCode = fieldCode;
    }
}
