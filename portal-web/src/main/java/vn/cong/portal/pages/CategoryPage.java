package vn.cong.portal.pages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.interaction.PublicQuestion;
import vn.cong.interaction.PublishedQuestions;
import vn.cong.tenancy.TenantContext;

/**
 * A category's published items, newest first, ten to a page ({@code ?trang=N}), and links to its visible
 * sub-categories. A hidden category answers 404 (its items stay reachable at their own addresses). A questions-and-
 * answers category lists the unit's published answers instead ({@link PublishedQuestions}), searched by {@code ?q=}.
 */
@Named
@RequestScoped
public class CategoryPage {

    static final int PAGE_SIZE = 10;

    @Inject
    TenantContext tenant;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemRepository items;

    @Inject
    HttpServletRequest request;

    @Inject
    PublishedQuestions publishedQuestions;

    private Category category;
    private List<Item> pageItems;
    private int page;
    private int pageCount;
    private List<Category> children;
    private List<PublicQuestion> answers;
    private String words;

    /** Loads the page before the view renders (one read transaction): 404 for an unknown category or page. */
    @Transactional
    public void load() {
        PublicRoute route = PortalPage.route(request);
        category = route == null ? null : categories.byCode(route.key()).filter(c -> !c.isHidden()).orElse(null);
        if (category == null) {
            PortalPage.notFound();
            return;
        }
        if (isQuestions()) {
            loadAnswers();
            return;
        }
        long total = items.countPublished(category.getId(), tenant.language());
        pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = parsePage(request.getParameter("trang"));
        if (page > pageCount) {
            PortalPage.notFound();
            return;
        }
        pageItems = items.published(category.getId(), tenant.language(), (page - 1) * PAGE_SIZE, PAGE_SIZE);
        children = categories.visibleChildren(category.getId());
    }

    private void loadAnswers() {
        String typed = request.getParameter("q");
        words = typed == null ? "" : typed.strip().substring(0, Math.min(typed.strip().length(), 200));
        long total = publishedQuestions.count(words);
        pageCount = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        page = parsePage(request.getParameter("trang"));
        if (page > pageCount) {
            PortalPage.notFound();
            return;
        }
        answers = publishedQuestions.page(words, (page - 1) * PAGE_SIZE, PAGE_SIZE);
        pageItems = List.of();
        children = categories.visibleChildren(category.getId());
    }

    /** The published answers of a Q&amp;A category's page. */
    public List<PublicQuestion> getAnswers() {
        return answers;
    }

    /** What the Q&amp;A list was searched for ("" for nothing). */
    public String getWords() {
        return words;
    }

    /** The query string a pager link keeps besides the page: the search. */
    public String getSearchParameter() {
        return words == null || words.isEmpty() ? ""
                : "q=" + java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8) + "&";
    }

    static int parsePage(String value) {
        try {
            return value == null ? 1 : Math.max(1, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public Category getCategory() {
        return category;
    }

    /** A questions-and-answers category: its page leads to the question form and the status page. */
    public boolean isQuestions() {
        return category != null && category.getContentType() == vn.cong.catalog.ContentType.Q_AND_A;
    }

    public String getName() {
        return category == null ? "" : category.name(tenant.language());
    }

    public List<Category> getChildren() {
        return children;
    }

    public List<Item> getItems() {
        return pageItems;
    }

    public int getPage() {
        return page;
    }

    public int getPageCount() {
        return pageCount;
    }

    public boolean isHasPrevious() {
        return page > 1;
    }

    public boolean isHasNext() {
        return page < pageCount;
    }
}
