package vn.cong.content;

import java.time.LocalDate;
import java.util.Map;
import vn.cong.catalog.Trigger;

/**
 * Fired inside the transaction that saved an item's structured fields: the trigger dates they now carry (a legal
 * document's signing and issue dates, a project's approval date…). The compliance engine turns them into
 * obligations with the category's rules; an empty map withdraws what earlier facts raised.
 */
public record ItemFactsChanged(long unitId, long itemId, long categoryId, String title, Map<Trigger, LocalDate> triggers) {

    public ItemFactsChanged {
        triggers = Map.copyOf(triggers);
    }
}
