package vn.cong.compliance;

import java.time.LocalDate;
import java.util.List;

/**
 * A unit's compliance over a period — what the dashboards and reports read: counts by status for the unit itself and
 * per category (a null category code is the whole portal's rules), the overdue obligations by name, and for a
 * roll-up each child's figures with the subtree's sum ({@code subtree}: the unit's own plus its children's).
 */
public record UnitCompliance(long unitId, String unitName, String level, LocalDate from, LocalDate to,
                             StatusCounts own, List<CategoryCompliance> byCategory, List<Late> overdue,
                             StatusCounts subtree, List<UnitCompliance> children) {

    /** One category's counts. */
    public record CategoryCompliance(Long categoryId, String code, String nameVi, String nameEn, StatusCounts counts) {
    }

    /** An overdue obligation, named: what, since when it is due, under which rule, whether very overdue. */
    public record Late(long obligationId, String subject, String categoryCode, LocalDate dueOn, String legalBasis,
                       boolean veryOverdue) {
    }

    /** Units of the subtree with something overdue, the unit itself included, depth first. */
    public List<UnitCompliance> lateUnits() {
        java.util.ArrayList<UnitCompliance> late = new java.util.ArrayList<>();
        if (own.overdue() > 0) {
            late.add(this);
        }
        for (UnitCompliance child : children) {
            late.addAll(child.lateUnits());
        }
        return late;
    }
}
