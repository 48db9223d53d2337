package vn.cong.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import vn.cong.platform.PlatformEntity;

/**
 * A stored line of the official schedule ({@link Adjustment}). Platform data, not tenant-owned: the calendar is
 * the same for every unit. At most one line per date.
 */
@Entity
@Table(name = "calendar_adjustment")
public class CalendarAdjustment extends PlatformEntity {

    @Column(name = "calendar_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DayKind kind;

    @Enumerated(EnumType.STRING)
    private StatutoryHoliday holiday;

    @Column(name = "name_vi", nullable = false)
    private String nameVi;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "legal_basis", nullable = false)
    private String legalBasis;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarAdjustment() {
    }

    public CalendarAdjustment(Adjustment adjustment, String createdBy, Instant createdAt) {
        this.date = adjustment.date();
        this.kind = adjustment.kind();
        this.holiday = adjustment.holiday();
        this.nameVi = adjustment.nameVi();
        this.nameEn = adjustment.nameEn();
        this.legalBasis = adjustment.legalBasis();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Adjustment toAdjustment() {
        return new Adjustment(date, kind, holiday, nameVi, nameEn, legalBasis);
    }

    public LocalDate getDate() {
        return date;
    }

    public DayKind getKind() {
        return kind;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
