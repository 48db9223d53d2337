package vn.cong.portal.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cong.compliance.Obligation;
import vn.cong.compliance.ObligationRow;
import vn.cong.compliance.ObligationStatus;
import vn.cong.compliance.StatusCounts;
import vn.cong.compliance.UnitCompliance;

/** The JSON shapes of the compliance API. */
public final class ComplianceViews {

    private ComplianceViews() {
    }

    /**
     * An obligation: what, under which rule (in words), triggered and due when, its status now ({@code veryOverdue}:
     * an OVERDUE one more than the configured working days past its due day).
     */
    public record ObligationView(long id, String source, String category, String categoryName, String trigger,
                          Instant triggerAt, LocalDate triggerOn, Instant dueAt, LocalDate dueOn, String rule,
                          String legalBasis, String subject, Long itemId, String reference, String status,
                          Instant metAt, String alerted, boolean veryOverdue) {

        static ObligationView of(ObligationRow row) {
            Obligation o = row.obligation();
            return new ObligationView(o.getId(), o.getSource().name(), row.categoryCode(), row.categoryName(),
                    o.getTriggerKind() == null ? null : o.getTriggerKind().name(), o.getTriggerAt(), o.getTriggerOn(),
                    o.getDueAt(), o.getDueOn(), row.ruleInWords(), o.getLegalBasis(), o.getSubject(), o.getItemId(),
                    o.getExternalRef(), row.status().name(), o.getMetAt(),
                    o.getAlerted() == null ? null : o.getAlerted().name(), row.veryOverdue());
        }
    }

    /**
     * Counts by status, the on-time rate (null while nothing is decided) and how many of the OVERDUE are very overdue
     * ({@code veryOverdue}: a tier of {@code byStatus.OVERDUE}, not counted again in {@code total}).
     */
    public record CountsView(Map<String, Long> byStatus, long total, Double onTimeRate, long veryOverdue) {

        static CountsView of(StatusCounts counts) {
            Map<String, Long> byStatus = new java.util.LinkedHashMap<>();
            for (ObligationStatus status : ObligationStatus.values()) {
                byStatus.put(status.name(), counts.get(status));
            }
            return new CountsView(byStatus, counts.total(), counts.onTimeRate(), counts.veryOverdue());
        }
    }

    public record CategoryView(String category, String nameVi, String nameEn, CountsView counts) {
    }

    public record LateView(long obligationId, String subject, String category, LocalDate dueOn, String legalBasis,
                           boolean veryOverdue) {
    }

    /** A unit's figures, with its children's when the subtree was asked for. */
    public record SummaryView(long unitId, String unitName, String level, LocalDate from, LocalDate to, CountsView own,
                       List<CategoryView> byCategory, List<LateView> overdue, CountsView subtree,
                       List<SummaryView> children) {

        static SummaryView of(UnitCompliance figures) {
            return new SummaryView(figures.unitId(), figures.unitName(), figures.level(), figures.from(), figures.to(),
                    CountsView.of(figures.own()),
                    figures.byCategory().stream().map(c -> new CategoryView(c.code(), c.nameVi(), c.nameEn(),
                            CountsView.of(c.counts()))).toList(),
                    figures.overdue().stream().map(l -> new LateView(l.obligationId(), l.subject(), l.categoryCode(),
                            l.dueOn(), l.legalBasis(), l.veryOverdue())).toList(),
                    CountsView.of(figures.subtree()), figures.children().stream().map(SummaryView::of).toList());
        }
    }
}
