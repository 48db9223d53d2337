package vn.cong.royalty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.editorial.Item;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.PlatformEntity;

/**
 * Lines written by publication, without a database: the coefficient in force that day, the workflow's defaults,
 * shares that add up, the Vietnamese month, a closed month rolling over — and an item is never paid twice.
 */
class RoyaltyLedgerTest {

    static final long AUTHOR = 1;
    static final long SECRETARY = 40;
    static final long CATEGORY = 5;
    /** 09:00 on 20 November 2026 in Hà Nội. */
    static final Instant NOVEMBER_20 = Instant.parse("2026-11-20T02:00:00Z");
    static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final FakeRoyalties royalties = new FakeRoyalties();
    private final List<AuditEvent> audited = new ArrayList<>();
    private RoyaltyLedger ledger;
    private long nextItem = 500;

    @BeforeEach
    void wire() {
        ledger = new RoyaltyLedger();
        ledger.royalties = royalties;
        ledger.names = new PersonNames() {
            @Override
            public String of(Contributor c) {
                return c.isAccount() ? "Tài khoản " + c.accountId() : c.collaboratorName();
            }
        };
        ledger.audit = new AuditLog() {
            @Override
            public void record(AuditEvent event) {
                audited.add(event);
            }
        };
        ledger.categories = new CategoryRepository() {
            @Override
            public Optional<Category> find(long id) {
                return Optional.of(new Category("tin-tuc", "Tin tức", "News", ContentType.ARTICLE, 1, true));
            }
        };
        ledger.clock = Clock.fixed(NOVEMBER_20, ZoneOffset.UTC);
        ItemContributions contributions = new ItemContributions();
        contributions.royalties = royalties;
        contributions.names = ledger.names;
        ledger.contributions = contributions;
        royalties.add(new RoyaltyBaseValue(LocalDate.of(2024, 7, 1), BigDecimal.valueOf(234_000), null, Instant.EPOCH));
        royalties.add(RoyaltyScheduleTest.rate(ContentType.ARTICLE, ContributionKind.WRITING, LocalDate.of(2024, 7, 1), "1.5"));
        royalties.add(RoyaltyScheduleTest.rate(ContentType.ARTICLE, ContributionKind.EDITING, LocalDate.of(2024, 7, 1), "0.3"));
    }

    private Item item(Long takenBy) {
        Item item = new Item(CATEGORY, "vi", "bai-" + nextItem, AUTHOR, NOVEMBER_20);
        FakeRoyalties.setField(PlatformEntity.class, item, "id", nextItem++);
        FakeRoyalties.setField(Item.class, item, "title", "Đạo Trù ra quân trồng rừng");
        FakeRoyalties.setField(Item.class, item, "takenBy", takenBy);
        return item;
    }

    private static BigDecimal vnd(long amount) {
        return BigDecimal.valueOf(amount);
    }

    @Test
    void theAuthorIsPaidForWritingAndTheSecretaryWhoTookItForEditing() {
        List<RoyaltyLine> lines = ledger.recordPublication(item(SECRETARY), Set.of(AUTHOR), NOVEMBER_20);
        assertEquals(2, lines.size());
        RoyaltyLine writing = lines.stream().filter(l -> l.getKind() == ContributionKind.WRITING).findFirst().orElseThrow();
        assertEquals(AUTHOR, writing.getAccountId());
        assertEquals(new BigDecimal("1.5"), writing.getCoefficient());
        assertEquals(vnd(234_000), writing.getBaseValue());
        assertEquals(vnd(351_000), writing.getAmount());
        RoyaltyLine editing = lines.stream().filter(l -> l.getKind() == ContributionKind.EDITING).findFirst().orElseThrow();
        assertEquals(SECRETARY, editing.getAccountId());
        assertEquals(vnd(70_200), editing.getAmount());
        assertEquals(NOVEMBER, writing.period());
    }

    @Test
    void anItemIsPaidOnceHoweverOftenItIsPublished() {
        Item item = item(SECRETARY);
        ledger.recordPublication(item, Set.of(AUTHOR), NOVEMBER_20);
        List<RoyaltyLine> again = ledger.recordPublication(item, Set.of(AUTHOR), NOVEMBER_20.plusSeconds(86_400 * 3));
        assertEquals(List.of(), again);
        assertEquals(2, royalties.lines.size());
        assertTrue(audited.stream().anyMatch(e -> "ROYALTY_ALREADY_PAID".equals(e.getAction())));
    }

    @Test
    void aNewCoefficientAppliesFromItsDayAndOldLinesKeepTheirs() {
        RoyaltyLine before = ledger.recordPublication(item(null), Set.of(AUTHOR), NOVEMBER_20).get(0);
        royalties.add(RoyaltyScheduleTest.rate(ContentType.ARTICLE, ContributionKind.WRITING, LocalDate.of(2026, 12, 1), "2"));
        Instant lastEveningOfNovemberInHanoi = Instant.parse("2026-11-30T16:59:00Z");
        Instant firstMinuteOfDecemberInHanoi = Instant.parse("2026-11-30T17:00:00Z");
        RoyaltyLine stillOld = ledger.recordPublication(item(null), Set.of(AUTHOR), lastEveningOfNovemberInHanoi).get(0);
        RoyaltyLine after = ledger.recordPublication(item(null), Set.of(AUTHOR), firstMinuteOfDecemberInHanoi).get(0);
        assertEquals(new BigDecimal("1.5"), before.getCoefficient());
        assertEquals(new BigDecimal("1.5"), stillOld.getCoefficient());
        assertEquals(NOVEMBER, stillOld.period());
        assertEquals(new BigDecimal("2"), after.getCoefficient());
        assertEquals(vnd(468_000), after.getAmount());
        assertEquals(YearMonth.of(2026, 12), after.period(), "months are Vietnamese calendar months (UTC+7)");
    }

    @Test
    void peopleSharingOneKindOfWorkSplitItsAmountExactly() {
        Item item = item(null);
        ledger.contributions.royalties.add(new ContributorList(item.getId(), SECRETARY, NOVEMBER_20));
        for (Contributor person : List.of(Contributor.account(AUTHOR), Contributor.account(2),
                Contributor.outside("Nguyễn Văn An"))) {
            royalties.add(new Contribution(item.getId(), ContributionKind.WRITING, person));
        }
        List<RoyaltyLine> lines = ledger.recordPublication(item, Set.of(AUTHOR), NOVEMBER_20);
        assertEquals(3, lines.size());
        assertEquals(vnd(351_000), lines.stream().map(RoyaltyLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add));
        assertTrue(lines.stream().allMatch(l -> l.getShareCount() == 3));
        assertEquals("Nguyễn Văn An", lines.get(2).getPersonName());
    }

    @Test
    void aSettledListWithNobodyPaysNobody() {
        Item item = item(SECRETARY);
        royalties.add(new ContributorList(item.getId(), SECRETARY, NOVEMBER_20));
        assertEquals(List.of(), ledger.recordPublication(item, Set.of(AUTHOR), NOVEMBER_20));
    }

    @Test
    void aKindWithoutACoefficientEarnsNothingAndPublicationGoesOn() {
        Item item = item(null);
        royalties.add(new ContributorList(item.getId(), SECRETARY, NOVEMBER_20));
        royalties.add(new Contribution(item.getId(), ContributionKind.PHOTOS, Contributor.outside("Lê Ảnh")));
        royalties.add(new Contribution(item.getId(), ContributionKind.WRITING, Contributor.account(AUTHOR)));
        List<RoyaltyLine> lines = ledger.recordPublication(item, Set.of(), NOVEMBER_20);
        assertEquals(List.of(ContributionKind.WRITING), lines.stream().map(RoyaltyLine::getKind).toList());
    }

    @Test
    void aPublicationAfterTheMonthWasSubmittedCountsInTheNextOpenMonth() {
        ledger.recordPublication(item(SECRETARY), Set.of(AUTHOR), NOVEMBER_20);
        RoyaltySheet november = royalties.sheetForMove(NOVEMBER);
        november.submit(SECRETARY, "Thư ký", SheetTotals.of(royalties.linesIn(NOVEMBER)), NOVEMBER_20);
        List<RoyaltyLine> late = ledger.recordPublication(item(SECRETARY), Set.of(AUTHOR), NOVEMBER_20.plusSeconds(3600));
        assertTrue(late.stream().allMatch(l -> l.period().equals(YearMonth.of(2026, 12))));
        november.approve(50, "Trưởng ban", SheetTotals.of(royalties.linesIn(NOVEMBER)), NOVEMBER_20);
        assertEquals(SheetState.APPROVED, november.getState(), "the submitted totals still hold");
    }

    @Test
    void anAdjustmentGoesOnlyIntoAnOpenMonth() {
        Actor secretary = RoyaltySheetTest.SECRETARY;
        RoyaltyLine adjustment = ledger.adjust(secretary, NOVEMBER, Contributor.account(AUTHOR), ContributionKind.PHOTOS,
                vnd(-50_000), "Điều chỉnh tháng 10: trùng ảnh", null);
        assertTrue(adjustment.isAdjustment());
        assertEquals(vnd(-50_000), adjustment.getAmount());
        RoyaltySheet november = royalties.sheetForMove(NOVEMBER);
        november.submit(SECRETARY, "Thư ký", SheetTotals.of(royalties.linesIn(NOVEMBER)), NOVEMBER_20);
        assertEquals(409, assertThrows(DomainException.class,
                () -> ledger.adjust(secretary, NOVEMBER, Contributor.account(AUTHOR), null, vnd(10_000), "Thêm", null))
                .status());
        assertEquals(403, assertThrows(DomainException.class,
                () -> ledger.adjust(RoyaltySheetTest.HEAD, YearMonth.of(2026, 12), Contributor.account(AUTHOR), null,
                        vnd(10_000), "Thêm", null)).status());
    }
}
