package vn.cong.royalty;

import java.util.List;
import vn.cong.editorial.Item;

/**
 * An item's contributors as the contributors page shows them: {@code settled} when the list was set (by the
 * secretariat, or at publication), otherwise the workflow's defaults; {@code open} while it may still change
 * (before publication).
 */
public record ItemCredits(Item item, List<Credit> credits, boolean settled, boolean open) {

    public ItemCredits {
        credits = List.copyOf(credits);
    }
}
