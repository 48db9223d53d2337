package vn.cong.admin.compliance;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cong.admin.shell.BackOffice;
import vn.cong.reporting.FiguresAccess;
import vn.cong.compliance.ComplianceFigures;
import vn.cong.platform.DomainException;
import vn.cong.compliance.CompliancePeriod;
import vn.cong.compliance.ComplianceQueries;
import vn.cong.compliance.ComplianceSettings;
import vn.cong.compliance.Obligation;
import vn.cong.compliance.ObligationRow;
import vn.cong.compliance.ObligationStatus;
import vn.cong.compliance.UnitCompliance;
import vn.cong.identity.Account;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * Tuân thủ thời hạn: a unit's obligations (overdue first, due dates in words and dates, status badges — very overdue
 * ones in their own, darker badge —, the alerts fired) and, for whoever may see the subtree of the host's unit (a DIC
 * administrator, a ministry's board), every unit below it — which are late, on what — with a stacked bar chart per
 * unit and a drill-down ({@code ?unit=}). GET parameters only: {@code unit}, {@code from}, {@code to}, {@code status}
 * (a status, or {@value #VERY_OVERDUE}: the overdue ones past the very-overdue threshold).
 */
@Named
@RequestScoped
public class CompliancePage {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** The filter and label suffix of the very-overdue tier (of OVERDUE: not a status of its own). */
    static final String VERY_OVERDUE = "VERY_OVERDUE";

    @Inject
    BackOffice backOffice;

    @Inject
    UnitRepository units;

    @Inject
    FiguresAccess access;

    @Inject
    ComplianceQueries queries;

    @Inject
    ComplianceFigures figures;

    @Inject
    ComplianceSettings settings;

    private Long unitId;
    private String from;
    private String to;
    private String status;

    private Unit unit;
    private LocalDate start;
    private LocalDate end;
    private boolean subtreeVisible;
    private List<ObligationRow> rows;
    private UnitCompliance own;
    private UnitCompliance subtree;

    /** View action: 403 when the person may not see the unit asked for. */
    public void load() {
        Account account = backOffice.account();
        Unit host = backOffice.getUnit();
        unit = unitId == null ? host : units.find(unitId).orElse(null);
        if (account == null || unit == null || !access.maySeeUnit(account, unit)) {
            BackOffice.fail(unit == null ? 404 : 403);
            return;
        }
        CompliancePeriod period;
        try {
            period = CompliancePeriod.parse(from, to, settings.today());
        } catch (DomainException unreadable) {
            backOffice.show(unreadable); // the message, and the default period instead of nothing
            period = CompliancePeriod.around(settings.today());
        }
        start = period.start();
        end = period.end();
        subtreeVisible = unitId == null && access.maySeeSubtree(account, host) && !units.children(host.getId()).isEmpty();
        rows = queries.obligations(unit, start, end, backOffice.getLanguage());
        own = figures.forUnit(unit, start, end);
        if (subtreeVisible) {
            subtree = figures.forSubtree(host, start, end);
        }
    }

    public List<ObligationRow> getRows() {
        if (isVeryOverdueWanted()) {
            return rows.stream().filter(ObligationRow::veryOverdue).toList();
        }
        ObligationStatus wanted = wantedStatus();
        return wanted == null ? rows : rows.stream().filter(r -> r.status() == wanted).toList();
    }

    /** The filter {@code ?status=VERY_OVERDUE}. */
    public boolean isVeryOverdueWanted() {
        return status != null && VERY_OVERDUE.equals(status.strip());
    }

    /** The threshold in force, for the hint: very overdue once more than this many working days past due. */
    public int getVeryOverdueWorkingDays() {
        return settings.statusRule().veryOverdueWorkingDays();
    }

    /** Obligations for which an alert was fired (to the focal officers and the secretariat), newest first. */
    public List<ObligationRow> getAlerts() {
        return rows.stream().filter(r -> r.obligation().getAlerted() != null && r.status().isOpen())
                .sorted((a, b) -> b.obligation().getAlertedAt().compareTo(a.obligation().getAlertedAt())).toList();
    }

    public UnitCompliance getOwn() {
        return own;
    }

    public boolean isSubtreeVisible() {
        return subtreeVisible;
    }

    /** Every unit of the subtree, depth first, with its depth for indentation. */
    public List<SubtreeRow> getSubtreeRows() {
        List<SubtreeRow> flat = new ArrayList<>();
        if (subtree != null) {
            flatten(subtree, 0, flat);
        }
        return flat;
    }

    /** Units of the subtree that have something overdue. */
    public List<UnitCompliance> getLateUnits() {
        return subtree == null ? List.of() : subtree.lateUnits();
    }

    /** A Chart.js configuration for PrimeFaces' p:chart: one stacked bar per unit, one colour per status. */
    public String getChart() {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        List<SubtreeRow> flat = getSubtreeRows();
        flat.forEach(r -> labels.add(r.figures().unitName()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        // very overdue and the rest of the overdue stacked side by side: together the unit's overdue
        JsonArrayBuilder veryLate = Json.createArrayBuilder();
        flat.forEach(r -> veryLate.add(r.figures().own().veryOverdue()));
        datasets.add(Json.createObjectBuilder().add("label", getVeryOverdueName()).add("data", veryLate)
                .add("backgroundColor", "#7f1d1d"));
        String[][] series = {{"OVERDUE", "#dc2626"}, {"DUE_SOON", "#d97706"}, {"ON_TIME", "#2563eb"},
            {"MET_LATE", "#a16207"}, {"MET", "#15803d"}};
        for (String[] s : series) {
            ObligationStatus st = ObligationStatus.valueOf(s[0]);
            JsonArrayBuilder data = Json.createArrayBuilder();
            flat.forEach(r -> data.add(st == ObligationStatus.OVERDUE ? r.figures().own().overdueNotVery()
                    : r.figures().own().get(st)));
            datasets.add(Json.createObjectBuilder().add("label", statusName(st)).add("data", data)
                    .add("backgroundColor", s[1]));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true)
                .add("ticks", Json.createObjectBuilder().add("precision", 0));
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("indexAxis", "y")
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", Json.createObjectBuilder()
                                .add("stacked", true)))
                        .add("plugins", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                .add("display", true).add("text", text("compliance.chart.title")))))
                .build().toString();
    }

    public String statusName(ObligationStatus s) {
        return text("compliance.status." + s.name());
    }

    public String getVeryOverdueName() {
        return text("compliance.status." + VERY_OVERDUE);
    }

    /** A row's status in words: "very overdue" for the overdue past the threshold. */
    public String rowStatusName(ObligationRow row) {
        return row.veryOverdue() ? getVeryOverdueName() : statusName(row.status());
    }

    /** A row's badge: the very overdue in their own, darker colour. */
    public String rowBadge(ObligationRow row) {
        return row.veryOverdue() ? getVeryOverdueBadge() : badge(row.status());
    }

    public String getVeryOverdueBadge() {
        return "adm-badge status-very-overdue";
    }

    public String day(LocalDate d) {
        return d == null ? "" : DAY.format(d);
    }

    /** The due date in words: "in 3 working days", "today", "2 working days overdue", "no set date (promptly)". */
    public String dueInWords(ObligationRow row) {
        Obligation o = row.obligation();
        if (o.getDueOn() == null) {
            return text("compliance.due.none");
        }
        if (!row.status().isOpen()) {
            return text("compliance.due.met", backOffice.dateTime(o.getMetAt()));
        }
        LocalDate today = settings.today();
        if (row.status() == ObligationStatus.OVERDUE) {
            int late = Math.max(1, settings.calendar().workingDaysBetween(o.getDueOn(), today));
            return text("compliance.due.overdue", late);
        }
        if (!o.getDueOn().isAfter(today)) {
            return text("compliance.due.today");
        }
        return text("compliance.due.in", settings.calendar().workingDaysBetween(today, o.getDueOn()));
    }

    public String badge(ObligationStatus s) {
        return "adm-badge status-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String rate(Double rate) {
        return rate == null ? "—" : rate + " %";
    }

    public String getUnitName() {
        return unit == null ? "" : unit.displayName(backOffice.getLanguage());
    }

    public boolean isDrilledDown() {
        return unitId != null;
    }

    public String getPeriod() {
        return day(start) + " – " + day(end);
    }

    private ObligationStatus wantedStatus() {
        try {
            return status == null || status.isBlank() ? null : ObligationStatus.valueOf(status.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String text(String key, Object... args) {
        return backOffice.label(key, args);
    }

    private static void flatten(UnitCompliance node, int depth, List<SubtreeRow> into) {
        into.add(new SubtreeRow(node, depth));
        node.children().forEach(child -> flatten(child, depth + 1, into));
    }

    /** One unit of the subtree table. */
    public record SubtreeRow(UnitCompliance figures, int depth) {
    }

    public Long getUnitId() {
        return unitId;
    }

    public void setUnitId(Long unitId) {
        this.unitId = unitId;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }
}
