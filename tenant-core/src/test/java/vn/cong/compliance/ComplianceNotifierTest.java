package vn.cong.compliance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cong.notification.Notice;

/** What the focal officers read when an obligation turns due soon or overdue, in both languages. */
class ComplianceNotifierTest {

    private static ObligationAlert alert(ObligationStatus kind) {
        return new ObligationAlert(7, 42, 3L, "Quyết định 12/QĐ-UBND", kind, null, LocalDate.of(2026, 2, 24),
                "NĐ 42/2022 Điều 13", Set.of(1L, 2L), Instant.parse("2026-02-20T01:00:00Z"));
    }

    @Test
    void anOverdueObligationNamesItsDueDayAndLegalBasisAndLinksToTheOverdueList() {
        Notice notice = ComplianceNotifier.notice(alert(ObligationStatus.OVERDUE));
        assertEquals("compliance.overdue", notice.kind());
        assertEquals("Đã quá hạn công khai (hạn 24/02/2026): Quyết định 12/QĐ-UBND. Căn cứ: NĐ 42/2022 Điều 13.",
                notice.message("vi"));
        assertEquals("Publication overdue (due 24/02/2026): Quyết định 12/QĐ-UBND. Legal basis: NĐ 42/2022 Điều 13.",
                notice.message("en"));
        assertEquals("/admin/compliance.xhtml?status=OVERDUE", notice.link());
    }

    @Test
    void aDueSoonObligationWithADueTimeShowsTheVietnameseDay() {
        ObligationAlert soon = new ObligationAlert(7, 42, null, "Tin mới", ObligationStatus.DUE_SOON,
                Instant.parse("2026-03-01T18:30:00Z"), null, "", Set.of(1L), Instant.parse("2026-03-01T01:00:00Z"));
        Notice notice = ComplianceNotifier.notice(soon);
        assertEquals("compliance.due-soon", notice.kind());
        assertEquals("Sắp đến hạn công khai (02/03/2026): Tin mới.", notice.message("vi"));
    }
}
