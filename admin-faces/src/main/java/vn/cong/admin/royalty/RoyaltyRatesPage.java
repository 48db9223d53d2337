package vn.cong.admin.royalty;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import vn.cong.admin.shell.BackOffice;
import vn.cong.catalog.ContentType;
import vn.cong.platform.DomainException;
import vn.cong.royalty.ContributionKind;
import vn.cong.royalty.RoyaltyBaseValue;
import vn.cong.royalty.RoyaltyInput;
import vn.cong.royalty.RoyaltyPolicy;
import vn.cong.royalty.RoyaltyRate;
import vn.cong.royalty.RoyaltyRates;
import vn.cong.royalty.RoyaltySchedule;

/**
 * Hệ số nhuận bút: the coefficients in force today per content type and kind of work, the value of one coefficient
 * unit, and every dated version; the head or a deputy head adds a version (from today or a later day).
 */
@Named
@ViewScoped
public class RoyaltyRatesPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    transient BackOffice backOffice;

    @Inject
    transient RoyaltyRates rates;

    private ContentType contentType = ContentType.ARTICLE;
    private ContributionKind kind = ContributionKind.WRITING;
    private String coefficient;
    private String rateFrom;
    private String baseAmount;
    private String baseFrom;
    private transient RoyaltySchedule schedule;

    public void load() {
        if (!RoyaltyPolicy.canRead(backOffice.actor())) {
            BackOffice.fail(403);
            return;
        }
        String today = rates.today().toString();
        rateFrom = rateFrom == null ? today : rateFrom;
        baseFrom = baseFrom == null ? today : baseFrom;
    }

    private RoyaltySchedule schedule() {
        if (schedule == null) {
            schedule = rates.schedule(backOffice.actor());
        }
        return schedule;
    }

    public boolean isMaySet() {
        return RoyaltyPolicy.canSetRates(backOffice.actor());
    }

    public ContentType[] getContentTypes() {
        return ContentType.values();
    }

    public ContributionKind[] getKinds() {
        return ContributionKind.values();
    }

    /** The coefficient in force today, "—" when none. */
    public String coefficientToday(ContentType type, ContributionKind kindOfWork) {
        return schedule().coefficientOn(type, kindOfWork, rates.today()).map(BigDecimal::toPlainString).orElse("—");
    }

    /** What one item of that type earns today for that kind of work, in đồng. */
    public BigDecimal amountToday(ContentType type, ContributionKind kindOfWork) {
        return schedule().amountOn(type, kindOfWork, rates.today()).orElse(null);
    }

    public Optional<RoyaltyBaseValue> getBaseToday() {
        return schedule().baseValueVersionOn(rates.today());
    }

    public BigDecimal getBaseValueToday() {
        return getBaseToday().map(RoyaltyBaseValue::getAmount).orElse(null);
    }

    public List<RoyaltyRate> getRateVersions() {
        return schedule().rates().stream().sorted(Comparator.comparing(RoyaltyRate::getEffectiveFrom).reversed()
                .thenComparing(RoyaltyRate::getContentType).thenComparing(RoyaltyRate::getKind)).toList();
    }

    public List<RoyaltyBaseValue> getBaseVersions() {
        return schedule().baseValues().stream()
                .sorted(Comparator.comparing(RoyaltyBaseValue::getEffectiveFrom).reversed()).toList();
    }

    public String day(LocalDate date) {
        return date == null ? "" : DAY.format(date);
    }

    public boolean inFuture(LocalDate date) {
        return date.isAfter(rates.today());
    }

    public String setRate() {
        try {
            rates.setRate(backOffice.actor(), contentType, kind, RoyaltyInput.coefficient(coefficient),
                    RoyaltyInput.date(rateFrom), backOffice.address());
            return "/admin/royalty-rates.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public String setBase() {
        try {
            rates.setBaseValue(backOffice.actor(), RoyaltyInput.amount(baseAmount), RoyaltyInput.date(baseFrom),
                    backOffice.address());
            return "/admin/royalty-rates.xhtml?faces-redirect=true";
        } catch (DomainException e) {
            return backOffice.show(e);
        }
    }

    public ContentType getContentType() {
        return contentType;
    }

    public void setContentType(ContentType contentType) {
        this.contentType = contentType;
    }

    public ContributionKind getKind() {
        return kind;
    }

    public void setKind(ContributionKind kind) {
        this.kind = kind;
    }

    public String getCoefficient() {
        return coefficient;
    }

    public void setCoefficient(String coefficient) {
        this.coefficient = coefficient;
    }

    public String getRateFrom() {
        return rateFrom;
    }

    public void setRateFrom(String rateFrom) {
        this.rateFrom = rateFrom;
    }

    public String getBaseAmount() {
        return baseAmount;
    }

    public void setBaseAmount(String baseAmount) {
        this.baseAmount = baseAmount;
    }

    public String getBaseFrom() {
        return baseFrom;
    }

    public void setBaseFrom(String baseFrom) {
        this.baseFrom = baseFrom;
    }
}
