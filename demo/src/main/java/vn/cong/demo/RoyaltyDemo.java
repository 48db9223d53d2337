package vn.cong.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.ContentType;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.identity.Account;
import vn.cong.identity.AccountRepository;
import vn.cong.identity.Authority;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.royalty.Contribution;
import vn.cong.royalty.ContributionKind;
import vn.cong.royalty.Contributor;
import vn.cong.royalty.ContributorList;
import vn.cong.royalty.RoyaltyLedger;
import vn.cong.royalty.RoyaltyRates;
import vn.cong.royalty.RoyaltyRepository;
import vn.cong.royalty.RoyaltySheets;
import vn.cong.royalty.SheetAction;
import vn.cong.tenancy.Unit;

/**
 * Royalties of the demo boards (Đạo Trù, Vĩnh Tường): the coefficients and base value (234.000 đồng from 1 July 2024,
 * 10% of the 2,34 million base salary; 180.000 before), contributors for the demo items — the editor or the
 * collaborator wrote them, the secretary edited them, an outside photographer took the pictures of the first article — and
 * their lines, written by the same ledger as a real publication. A month before the current one that has lines is
 * submitted by the secretary and approved by the head, so the demo shows a locked sheet next to an open one.
 */
@ApplicationScoped
@Transactional
public class RoyaltyDemo {

    static final LocalDate BASE_SALARY_2024 = LocalDate.of(2024, 7, 1);

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    RoyaltyRates rates;

    @Inject
    RoyaltyRepository royalties;

    @Inject
    RoyaltyLedger ledger;

    @Inject
    RoyaltySheets sheets;

    @Inject
    ItemRepository items;

    @Inject
    CategoryRepository categories;

    @Inject
    AccountRepository accounts;

    @Inject
    Authority authority;

    public void load(Unit unit, String shortName) {
        Account editor = account("bientap." + shortName);
        Account collaborator = account("congtacvien." + shortName);
        Account secretary = account("thuky." + shortName);
        entityManagers.runAs(unit, () -> {
            rates.seed(LocalDate.of(2023, 7, 1), BigDecimal.valueOf(180_000), Map.of());
            rates.seed(BASE_SALARY_2024, BigDecimal.valueOf(234_000), coefficients());
            int n = 0;
            boolean photographed = false;
            for (Item item : items.inState(ItemState.PUBLISHED)) {
                if (!"vi".equals(item.getLanguage())) {
                    continue;
                }
                List<Contributor> writers = List.of(Contributor.account((n % 2 == 0 ? editor : collaborator).getId()));
                royalties.add(new ContributorList(item.getId(), secretary.getId(), item.getPublishedAt()));
                writers.forEach(w -> royalties.add(new Contribution(item.getId(), ContributionKind.WRITING, w)));
                royalties.add(new Contribution(item.getId(), ContributionKind.EDITING, Contributor.account(secretary.getId())));
                boolean article = categories.find(item.getCategoryId())
                        .filter(c -> c.getContentType() == ContentType.ARTICLE).isPresent();
                if (article && !photographed) {
                    photographed = true;
                    royalties.add(new Contribution(item.getId(), ContributionKind.PHOTOS,
                            Contributor.outside("Nguyễn Văn Tâm")));
                }
                ledger.recordPublication(item, Set.of(), item.getPublishedAt());
                n++;
            }
            return null;
        });
        lockPreviousMonth(unit, shortName);
    }

    /** The month before this one, when the demo items reach into it: submitted by the secretary, approved by the head. */
    private void lockPreviousMonth(Unit unit, String shortName) {
        YearMonth previous = sheets.currentMonth().minusMonths(1);
        boolean hasLines = entityManagers.runAs(unit, () -> !royalties.linesIn(previous).isEmpty());
        if (!hasLines) {
            return;
        }
        sheets.transition(authority.actorIn(account("thuky." + shortName), unit), unit, previous, SheetAction.SUBMIT,
                null, "demo");
        sheets.transition(authority.actorIn(account("truongban." + shortName), unit), unit, previous,
                SheetAction.APPROVE, null, "demo");
    }

    private static Map<ContentType, Map<ContributionKind, BigDecimal>> coefficients() {
        Map<ContentType, Map<ContributionKind, BigDecimal>> byType = new EnumMap<>(ContentType.class);
        byType.put(ContentType.ARTICLE, kinds("1.5", "0.5", "1", "0.3"));
        byType.put(ContentType.ANNOUNCEMENT, kinds("0.5", "0.3", "0.5", "0.2"));
        byType.put(ContentType.LEGAL_DOCUMENT, kinds("0.3", null, "1", "0.2"));
        return byType;
    }

    private static Map<ContributionKind, BigDecimal> kinds(String writing, String photos, String translation,
                                                           String editing) {
        Map<ContributionKind, BigDecimal> byKind = new EnumMap<>(ContributionKind.class);
        List<String> values = Arrays.asList(writing, photos, translation, editing);
        ContributionKind[] kinds = ContributionKind.values();
        for (int i = 0; i < kinds.length; i++) {
            if (values.get(i) != null) {
                byKind.put(kinds[i], new BigDecimal(values.get(i)));
            }
        }
        return byKind;
    }

    private Account account(String username) {
        return accounts.byUsername(username).orElseThrow(() -> new IllegalStateException("demo account " + username));
    }
}
