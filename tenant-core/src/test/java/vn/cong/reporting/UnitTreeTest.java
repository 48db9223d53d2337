package vn.cong.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The one roll-up rule: active units report, sums go up the tree, and a merged or retired unit's history flows to
 * its successor — through later reorganisations, up past a retired district, out of the subtree with its area.
 */
class UnitTreeTest {

    // Vĩnh Phúc (1) — Tam Đảo (2, retired in the reform) — Đạo Trù (3) and Đại Đình (4, merged into Đạo Trù);
    // Vĩnh Tường (5) — Kim Xá (6); Yên Bình (7, merged into 8, itself merged into Kim Xá later); 9 merged into a
    // commune of another province (99)
    private static final List<UnitTree.Node> NODES = List.of(
            new UnitTree.Node(1, null, "Tỉnh Vĩnh Phúc", "PROVINCE", true),
            new UnitTree.Node(2, 1L, "Huyện Tam Đảo", "DISTRICT", false),
            new UnitTree.Node(3, 2L, "Xã Đạo Trù", "COMMUNE", true),
            new UnitTree.Node(4, 2L, "Xã Đại Đình", "COMMUNE", false),
            new UnitTree.Node(5, 1L, "Huyện Vĩnh Tường", "DISTRICT", true),
            new UnitTree.Node(6, 5L, "Xã Kim Xá", "COMMUNE", true),
            new UnitTree.Node(7, 5L, "Xã Yên Bình", "COMMUNE", false),
            new UnitTree.Node(8, 5L, "Xã Vĩnh Sơn", "COMMUNE", false),
            new UnitTree.Node(9, 5L, "Xã Tân Tiến", "COMMUNE", false));
    private static final Map<Long, Long> SUCCESSORS = Map.of(2L, 1L, 4L, 3L, 7L, 8L, 8L, 6L, 9L, 99L);

    private final UnitTree tree = new UnitTree(1, NODES, SUCCESSORS);

    @Test
    void activeUnitsUnderARetiredOneReportToTheNearestActiveAncestor() {
        assertEquals(List.of(1L, 5L, 6L, 3L), tree.activeUnits().stream().map(UnitTree.Node::id).toList(),
                "the root first, then each child (by name) with its own subtree");
        assertEquals(List.of(5L, 3L), tree.children(1).stream().map(UnitTree.Node::id).toList(),
                "Đạo Trù stands under the province once Tam Đảo is retired, after Huyện Vĩnh Tường by name");
    }

    @Test
    void historyFlowsToTheSuccessorThroughEveryLaterMergerAndLeavesWithItsArea() {
        Map<Long, Long> published = Map.of(1L, 1L, 2L, 10L, 3L, 100L, 4L, 1_000L, 6L, 10_000L, 7L, 100_000L,
                8L, 1_000_000L, 9L, 10_000_000L, 42L, 5L);
        Map<Long, Long> own = tree.own(published, 0L, Long::sum);
        assertEquals(11L, own.get(1L), "the retired district's own items count in the province it was retired into");
        assertEquals(1_100L, own.get(3L), "Đại Đình's in Đạo Trù");
        assertEquals(1_110_000L, own.get(6L), "Yên Bình's through Vĩnh Sơn into Kim Xá");
        assertEquals(0L, own.get(5L));
        assertFalse(own.containsKey(9L) || own.containsKey(99L) || own.containsKey(42L),
                "a unit merged out of the subtree, or one never in it, counts nowhere here");

        Map<Long, Long> totals = tree.totals(own, 0L, Long::sum);
        assertEquals(1_110_000L, totals.get(5L));
        assertEquals(1_100L, totals.get(3L));
        assertEquals(11L + 1_100L + 1_110_000L, totals.get(1L), "each item once, summed up the tree");
    }

    @Test
    void aSubtreeBelowTheRootReadsOnlyItsOwnUnits() {
        UnitTree district = new UnitTree(5, NODES.subList(4, 9), SUCCESSORS);
        Map<Long, Long> totals = district.totals(district.own(Map.of(6L, 2L, 7L, 3L, 3L, 50L), 0L, Long::sum),
                0L, Long::sum);
        assertEquals(5L, totals.get(5L));
        assertEquals(List.of(5L, 6L), district.activeUnits().stream().map(UnitTree.Node::id).toList());
    }
}
