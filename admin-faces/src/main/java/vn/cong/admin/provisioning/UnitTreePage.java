package vn.cong.admin.provisioning;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.LazyDefaultTreeNode;
import org.primefaces.model.TreeNode;
import vn.cong.admin.shell.BackOffice;
import vn.cong.tenancy.ResolvedHost;
import vn.cong.tenancy.UnitDirectory;

/**
 * Cây đơn vị: the units under this one as a tree whose branches load when opened (a province's hundreds of
 * communes are read when its district is opened, never the country at once), and a search by name without
 * diacritics over the whole subtree ({@code ?q=}, a link to share), paged to its first results. For those who may
 * open portals here (the DIC administrator, the operator); everything comes from the in-memory host directory.
 */
@Named
@ViewScoped
public class UnitTreePage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Results shown for a search; the count says how many more there are. */
    static final int RESULTS = 50;

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient UnitDirectory directory;

    private String q;
    private TreeNode<UnitNode> root;
    private transient UnitDirectory.Found found;

    /** A unit as the tree and the results show it. */
    public record UnitNode(long id, String name, String level, String hostname, String url, boolean leaf)
            implements Serializable {
    }

    public void load() {
        if (!NewUnitMenu.mayOpen(backOffice)) {
            BackOffice.fail(403);
        }
    }

    /** The tree: this unit, open, and below it branches that load their units when opened. */
    public TreeNode<UnitNode> getRoot() {
        if (root == null) {
            UnitNode top = directory.byUnitId(backOffice.getUnit().getId()).map(this::node).orElseThrow();
            UnitNode above = new UnitNode(-1, "", "", "", "", false);
            root = new LazyDefaultTreeNode<>(above, n -> n.id() == -1 ? List.of(top) : childrenOf(n), UnitNode::leaf);
            root.getChildren().forEach(child -> child.setExpanded(true));
        }
        return root;
    }

    private List<UnitNode> childrenOf(UnitNode parent) {
        return directory.children(parent.id()).stream().map(this::node).toList();
    }

    private UnitNode node(ResolvedHost host) {
        String language = backOffice.getLanguage();
        boolean leaf = directory.children(host.unitId()).isEmpty();
        return new UnitNode(host.unitId(), host.unit().displayName(language),
                "en".equals(language) ? host.unit().getLevel().nameEn() : host.unit().getLevel().nameVi(),
                host.hostname(), backOffice.portalUrl(host.hostname()), leaf);
    }

    public List<UnitNode> getResults() {
        return found().units().stream().map(this::node).toList();
    }

    public int getTotal() {
        return found().total();
    }

    public boolean isSearching() {
        return q != null && !q.isBlank();
    }

    private UnitDirectory.Found found() {
        if (found == null) {
            found = directory.search(backOffice.getUnit(), q, RESULTS);
        }
        return found;
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q == null ? null : q.strip();
        this.found = null;
    }
}
