package vn.cong.reporting;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BinaryOperator;

/**
 * A subtree of units as every roll-up reads it (issue #13.3): read once by its materialised path ({@link UnitTrees}),
 * summed up in memory — never unit by unit from the database. The units that report are the active ones; a merged or
 * retired unit's own figures are credited to its successor (followed through later reorganisations; a unit shared
 * out in part goes to its first successor), so that its history flows on instead of vanishing — or, when the
 * successor lies outside the subtree, they leave it with the unit's area.
 */
public final class UnitTree {

    /** One unit of the subtree: what the reports show of it. */
    public record Node(long id, Long parentId, String name, String level, boolean active) {
    }

    private final Node root;
    private final Map<Long, Node> nodes;
    private final Map<Long, List<Node>> activeChildren = new HashMap<>();
    /** Each unit of the subtree, retired ones too, and the active unit of the subtree its own figures count in. */
    private final Map<Long, Long> creditedTo = new HashMap<>();
    private final Set<Long> mergedIn;

    /**
     * @param nodes      the subtree's units, the root among them
     * @param successors for each merged or retired unit, its successor (the first when it was shared out), which
     *                   may be outside the subtree or retired itself
     */
    public UnitTree(long rootId, Collection<Node> nodes, Map<Long, Long> successors) {
        this(rootId, nodes, successors, Set.of());
    }

    /** @param mergedIn the units among {@code nodes} outside the root's path, merged into units of the subtree */
    public UnitTree(long rootId, Collection<Node> nodes, Map<Long, Long> successors, Set<Long> mergedIn) {
        this.mergedIn = Set.copyOf(mergedIn);
        this.nodes = new LinkedHashMap<>();
        nodes.forEach(n -> this.nodes.put(n.id(), n));
        this.root = Objects.requireNonNull(this.nodes.get(rootId), "the root is in the subtree");
        for (Node node : this.nodes.values()) {
            if (node.active() && node.id() != rootId) {
                activeParent(node).ifPresent(parent -> activeChildren.computeIfAbsent(parent, k -> new ArrayList<>())
                        .add(node));
            }
        }
        activeChildren.values().forEach(list -> list.sort(Comparator.comparing(Node::name)));
        for (Node node : this.nodes.values()) {
            reportingUnit(node.id(), successors).ifPresent(unit -> creditedTo.put(node.id(), unit));
        }
    }

    /** The nearest active unit above {@code node} in the subtree: an active unit under a retired one reports up. */
    private Optional<Long> activeParent(Node node) {
        Long at = node.parentId();
        for (int hops = 0; at != null && hops <= nodes.size(); hops++) {
            Node parent = nodes.get(at);
            if (parent == null) {
                return Optional.empty();
            }
            if (parent.active() || parent.id() == root.id()) {
                return Optional.of(parent.id());
            }
            at = parent.parentId();
        }
        return Optional.empty();
    }

    /** The active unit in this subtree that answers for {@code unitId}'s figures: itself, or its successor's. */
    private Optional<Long> reportingUnit(long unitId, Map<Long, Long> successors) {
        Long at = unitId;
        for (int hops = 0; at != null && hops <= nodes.size() + successors.size(); hops++) {
            Node node = nodes.get(at);
            if (node != null && node.active()) {
                return Optional.of(at);
            }
            at = successors.get(at);
        }
        return Optional.empty();
    }

    public Node root() {
        return root;
    }

    public Optional<Node> node(long unitId) {
        return Optional.ofNullable(nodes.get(unitId));
    }

    /** The active units right under {@code unitId}, by name. */
    public List<Node> children(long unitId) {
        return activeChildren.getOrDefault(unitId, List.of());
    }

    /** Every unit whose figures this subtree reads: all of it, retired units included. */
    public Collection<Long> unitIds() {
        return nodes.keySet();
    }

    /** The units merged in from outside the root's path: read by id, not by the path. */
    public Set<Long> mergedIn() {
        return mergedIn;
    }

    /** The active units of the subtree, the root first. */
    public List<Node> activeUnits() {
        List<Node> ordered = new ArrayList<>();
        walk(root, ordered);
        return ordered;
    }

    private void walk(Node node, List<Node> into) {
        into.add(node);
        children(node.id()).forEach(child -> walk(child, into));
    }

    /**
     * Each active unit's own figures: its own, plus those of the retired units credited to it. Units of
     * {@code ownByUnit} outside the subtree, or whose history left it, are not counted.
     */
    public <T> Map<Long, T> own(Map<Long, T> ownByUnit, T zero, BinaryOperator<T> plus) {
        Map<Long, T> own = new HashMap<>();
        activeUnits().forEach(n -> own.put(n.id(), zero));
        ownByUnit.forEach((unitId, figures) -> {
            Long credited = creditedTo.get(unitId);
            if (credited != null) {
                own.merge(credited, figures, plus);
            }
        });
        return own;
    }

    /** Each active unit's subtree total: its own figures ({@link #own}) and those of every active unit below it. */
    public <T> Map<Long, T> totals(Map<Long, T> own, T zero, BinaryOperator<T> plus) {
        Map<Long, T> totals = new HashMap<>();
        total(root, own, zero, plus, totals);
        return totals;
    }

    private <T> T total(Node node, Map<Long, T> own, T zero, BinaryOperator<T> plus, Map<Long, T> totals) {
        T sum = own.getOrDefault(node.id(), zero);
        for (Node child : children(node.id())) {
            sum = plus.apply(sum, total(child, own, zero, plus, totals));
        }
        totals.put(node.id(), sum);
        return sum;
    }
}
