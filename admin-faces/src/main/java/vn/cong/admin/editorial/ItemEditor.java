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
import vn.cong.editorial.EditorialService;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemDraft;
import vn.cong.editorial.WorkflowAction;
import vn.cong.platform.DomainException;

/** Viết bài: write a new item or revise one's own draft, then save it or send it for approval. */
@Named
@ViewScoped
public class ItemEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient EditorialService editorial;

    @Inject
    transient CategoryRepository categories;

    private Long id;
    private Long categoryId;
    private String title;
    private String summary;
    private String body;
    private String source;
    private String authorName;

    /** View action: loads the item named by {@code ?id=} (404/403 when it is not this person's to edit). */
    public void load() {
        if (id == null) {
            if (categoryId == null) {
                categoryId = categories.byCode(DefaultCatalog.NEWS).map(Category::getId).orElse(null);
            }
            return;
        }
        try {
            Item item = editorial.require(id, backOffice.actor());
            categoryId = item.getCategoryId();
            title = item.getTitle();
            summary = item.getSummary();
            body = item.getBody();
            source = item.getSource();
            authorName = item.getAuthorName();
        } catch (DomainException e) {
            BackOffice.fail(e.status());
        }
    }

    public List<Category> getCategories() {
        return categories.all();
    }

    public String save() throws IOException {
        return store(false);
    }

    public String submit() throws IOException {
        return store(true);
    }

    private String store(boolean submit) {
        ItemDraft draft = new ItemDraft(categoryId, title, summary, body, source, authorName, backOffice.getLanguage());
        try {
            Item item = id == null ? editorial.create(backOffice.actor(), draft, backOffice.address())
                    : editorial.revise(backOffice.actor(), id, draft, backOffice.address());
            id = item.getId();
            if (submit) {
                editorial.transition(backOffice.actor(), id, WorkflowAction.SUBMIT, null, null, backOffice.address());
            }
            return "/admin/item-view.xhtml?faces-redirect=true&id=" + id;
        } catch (DomainException e) {
            return backOffice.show(e);
        }
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
}
