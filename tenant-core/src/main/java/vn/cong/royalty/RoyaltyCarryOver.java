package vn.cong.royalty;

import java.util.List;

/**
 * How a unit's royalty record follows it into its successor when it is merged (issue #11.5: "royalty sheets carried
 * over so a province's monthly figures continue"): set-based statements over the tenant column — {@code ?1} the
 * successor, {@code ?2} the old unit —, run in this order inside the reorganisation's transaction (provisioning's
 * {@code ContentMover}). A month only the old unit has a sheet for moves over whole, state and all (an approved
 * month stays approved); a month both have an open sheet for becomes one open sheet of the successor; a month the
 * two decided differently (one approved, the other open) stays where it is — the old unit keeps its record, and no
 * approved total ever changes. Here, with the tables it reads, so the rule has one place.
 */
public final class RoyaltyCarryOver {

    /** The successor's months (?1), as a derived table MySQL lets a statement read while it updates the same table. */
    private static final String SUCCESSOR_MONTHS = "select x.period_month from (select s.period_month from royalty_sheet s"
            + " where s.tenant_id = ?1";

    public static final List<String> STATEMENTS = List.of(
            // lines of a month the successor has no sheet for, or where neither has decided yet
            "update royalty_line set tenant_id = ?1 where tenant_id = ?2 and (period_month not in (select s.period_month"
                    + " from royalty_sheet s where s.tenant_id = ?1) or (period_month in (select s.period_month from"
                    + " royalty_sheet s where s.tenant_id = ?1 and s.state = 'DRAFT') and period_month not in (select"
                    + " o.period_month from royalty_sheet o where o.tenant_id = ?2 and o.state <> 'DRAFT')))",
            // the old unit's open sheets whose lines joined the successor's open sheet of the month: empty now
            "delete from royalty_sheet where tenant_id = ?2 and state = 'DRAFT' and period_month in ("
                    + SUCCESSOR_MONTHS + " and s.state = 'DRAFT') x)",
            // the old unit's sheets of months the successor has none for, whole
            "update royalty_sheet set tenant_id = ?1 where tenant_id = ?2 and period_month not in (" + SUCCESSOR_MONTHS
                    + ") x)");

    private RoyaltyCarryOver() {
    }
}
