package vn.cong.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cong.board.SubjectField;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemDraft;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.RichText;
import vn.cong.identity.Account;
import vn.cong.identity.AccountRepository;
import vn.cong.identity.PasswordService;
import vn.cong.identity.Role;
import vn.cong.identity.TwoFactor;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;
import vn.cong.provisioning.control.ProvisionedUnit;
import vn.cong.provisioning.control.ProvisioningService;
import vn.cong.provisioning.control.UnitRequest;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitRepository;

/**
 * The demo: Vĩnh Phúc with a department, two districts and the commune Đạo Trù; the Ministry of Information
 * and Communications with one unit; the national administrative-reform site. Units are opened through
 * {@link ProvisioningService}, exactly as the API does; editorial board accounts share {@link #DEMO_PASSWORD}.
 */
@ApplicationScoped
public class DemoDataLoader {

    public static final String DEMO_PASSWORD = "Cong@2026demo";
    /**
     * The TOTP secret of every demo account that must sign in with a second factor (heads, secretariat, DIC
     * administrator, operator): add it to an authenticator app, or {@code oathtool --totp -b <secret>}. Demo only.
     */
    public static final String DEMO_TOTP_SECRET = "CONGDEMOTOTPSECRETFORVINHPHUC234";

    /** The demo field member's subject field. */
    static final String CULTURE = "van-hoa-xa-hoi";

    @Inject
    ProvisioningService provisioning;

    @Inject
    UnitRepository units;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordService passwords;

    @Inject
    TwoFactor twoFactor;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemRepository items;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    RoyaltyDemo royalties;

    @Inject
    DemoCompliance demoCompliance;

    @Inject
    DemoQuestions questions;

    @Inject
    DemoSurveys surveys;

    @Inject
    DemoConsultation consultation;

    @Inject
    Clock clock;

    @ActivateRequestContext
    @Transactional
    public boolean loadIfEmpty() {
        if (units.count() > 0) {
            return false;
        }
        String hash = passwords.hash(null, DEMO_PASSWORD); // one hash for all: the password names no account
        Map<String, Unit> byHost = new HashMap<>();
        // Vĩnh Phúc's units follow the province's regulation (their children inherit it), the ministry its own,
        // the administrative-reform site the Ministry of Home Affairs' decision.
        Unit province = open(byHost, null, "PROVINCE", "Tỉnh Vĩnh Phúc", null, "Vinh Phuc Province", null, "gov-blue",
                "vinh-phuc-32-2023", "26");
        open(byHost, province, "DEPARTMENT", "Sở Thông tin và Truyền thông", "Sở TTTT",
                "Department of Information and Communications", null, "gov-blue");
        open(byHost, province, "DISTRICT", "Huyện Vĩnh Tường", null, "Vinh Tuong District", null, "gov-blue", null,
                "252");
        Unit tamDao = open(byHost, province, "DISTRICT", "Huyện Tam Đảo", null, "Tam Dao District", null, "gov-blue",
                null, "248");
        open(byHost, tamDao, "COMMUNE", "Xã Đạo Trù", null, "Dao Tru Commune", null, "gov-red", null, "08914");
        Unit ministry = open(byHost, null, "MINISTRY", "Bộ Thông tin và Truyền thông", "BTTTT",
                "Ministry of Information and Communications", "mic", "gov-red", "mic-146-2017", null);
        open(byHost, ministry, "MINISTRY_UNIT", "Cục Chuyển đổi số quốc gia", "CĐS",
                "National Digital Transformation Agency", null, "gov-red");
        open(byHost, null, "THEMATIC_SITE", "Trang thông tin điện tử Cải cách hành chính", null,
                "Administrative Reform Portal", "caicachhanhchinh", "gov-blue", "bnv-588-2024", null);

        board(byHost.get("vinhphuc"), "vinhphuc", hash);
        board(byHost.get("vinhtuong.vinhphuc"), "vinhtuong", hash);
        board(byHost.get("daotru.tamdao.vinhphuc"), "daotru", hash);
        board(byHost.get("mic"), "mic", hash);
        board(tamDao, "tamdao", hash);
        Account daoTruResponder = person(byHost.get("daotru.tamdao.vinhphuc"), "traloi.daotru", DemoQuestions.RESPONDER,
                hash);
        accounts.grant(daoTruResponder, byHost.get("daotru.tamdao.vinhphuc").getId(), Role.QA_RESPONDER);
        accounts.grant(person(tamDao, "traloi.tamdao", "Ngô Văn Tâm", hash), tamDao.getId(), Role.QA_RESPONDER);
        wholeBoard(byHost.get("daotru.tamdao.vinhphuc"), "daotru", hash);
        wholeBoard(byHost.get("vinhtuong.vinhphuc"), "vinhtuong", hash);
        Account dic = person(province, "qtri.sotttt", "Lê Quang Minh", hash);
        accounts.grant(dic, province.getId(), Role.DIC_ADMIN);
        twoFactor.enrolKnownSecret(dic, DEMO_TOTP_SECRET);
        Account operator = person(province, "vanhanh", "Vận hành nền tảng", hash);
        accounts.grant(operator, null, Role.PLATFORM_OPERATOR);
        twoFactor.enrolKnownSecret(operator, DEMO_TOTP_SECRET);
        entityManagers.platform().flush();

        loadArticles(byHost);
        royalties.load(byHost.get("daotru.tamdao.vinhphuc"), "daotru");
        royalties.load(byHost.get("vinhtuong.vinhphuc"), "vinhtuong");
        consultation.load(byHost.get("daotru.tamdao.vinhphuc"), clock.instant());
        questions.load(byHost.get("daotru.tamdao.vinhphuc"),
                accounts.byUsername("truongban.daotru").map(Account::getId).orElseThrow(), daoTruResponder.getId(),
                clock.instant());
        surveys.load(byHost.get("daotru.tamdao.vinhphuc"),
                accounts.byUsername("thuky.daotru").map(Account::getId).orElseThrow(), clock.instant());
        demoCompliance.load(byHost, accounts.byUsername("admin.daotru.tamdao.vinhphuc").map(Account::getId).orElseThrow(),
                accounts.byUsername("admin.cds.mic").map(Account::getId).orElseThrow());
        return true;
    }

    private Unit open(Map<String, Unit> byHost, Unit parent, String level, String name, String abbreviation,
                      String englishName, String hostLabel, String theme) {
        return open(byHost, parent, level, name, abbreviation, englishName, hostLabel, theme, null, null);
    }

    private Unit open(Map<String, Unit> byHost, Unit parent, String level, String name, String abbreviation,
                      String englishName, String hostLabel, String theme, String preset, String officialCode) {
        ProvisionedUnit opened = provisioning.provisionForPlatform(new UnitRequest(parent == null ? null : parent.getId(),
                level, name, abbreviation, englishName, hostLabel, theme,
                new UnitRequest.AdminRequest(null, null, null, DEMO_PASSWORD), preset, officialCode), "demo");
        Unit unit = units.find(opened.id()).orElseThrow();
        byHost.put(units.canonicalHostname(unit.getId()).orElseThrow(), unit);
        return unit;
    }

    /** A small editorial board: editor, secretariat and head of the unit (the last two with the demo second factor). */
    private void board(Unit unit, String shortName, String hash) {
        accounts.grant(person(unit, "bientap." + shortName, "Nguyễn Thu Hà", hash), unit.getId(), Role.EDITOR);
        Account secretariat = person(unit, "thuky." + shortName, "Trần Minh Đức", hash);
        accounts.grant(secretariat, unit.getId(), Role.SECRETARIAT);
        twoFactor.enrolKnownSecret(secretariat, DEMO_TOTP_SECRET);
        Account head = person(unit, "truongban." + shortName, "Phạm Văn Hùng", hash);
        accounts.grant(head, unit.getId(), Role.HEAD);
        twoFactor.enrolKnownSecret(head, DEMO_TOTP_SECRET);
    }

    /** The rest of a full board (REQUIREMENTS §2): subject fields, a deputy head, a member by field, a collaborator. */
    private void wholeBoard(Unit unit, String shortName, String hash) {
        entityManagers.runAs(unit, () -> {
            List.of(new SubjectField("kinh-te", "Kinh tế", "Economy", 1),
                    new SubjectField(CULTURE, "Văn hóa - Xã hội", "Culture and society", 2),
                    new SubjectField("quoc-phong-an-ninh", "Quốc phòng - An ninh", "Defence and security", 3))
                    .forEach(entityManagers.forCurrentTenant()::persist);
            return null;
        });
        accounts.grant(person(unit, "photruongban." + shortName, "Lê Thị Mai", hash), unit.getId(), Role.DEPUTY_HEAD);
        accounts.grant(person(unit, "thanhvien." + shortName, "Hoàng Văn Nam", hash), unit.getId(), Role.MEMBER)
                .assignFields(Set.of(CULTURE));
        accounts.grant(person(unit, "congtacvien." + shortName, "Đỗ Thị Lan", hash), unit.getId(), Role.EDITOR);
        entityManagers.platform().flush();
    }

    private Account person(Unit unit, String username, String fullName, String hash) {
        Account account = accounts.add(new Account(unit.getId(), username, fullName,
                username + "@demo.cong.localhost", hash, clock.instant()));
        entityManagers.platform().flush();
        return account;
    }

    private void loadArticles(Map<String, Unit> byHost) {
        DemoContent content = readContent();
        for (DemoContent.DemoUnit demoUnit : content.units) {
            Unit unit = byHost.get(demoUnit.host);
            if (unit == null) {
                continue;
            }
            if (demoUnit.contacts != null) {
                Unit managed = units.find(unit.getId()).orElseThrow();
                managed.updateContacts(demoUnit.contacts.address, demoUnit.contacts.phone, demoUnit.contacts.email);
            }
            long authorId = accounts.byUsername("admin." + demoUnit.host).map(Account::getId).orElseThrow();
            entityManagers.runAs(unit, () -> {
                for (DemoContent.DemoItem demo : demoUnit.items) {
                    addPublished(demo, authorId);
                }
                return null;
            });
        }
    }

    private void addPublished(DemoContent.DemoItem demo, long authorId) {
        Category category = categories.byCode(demo.category)
                .or(() -> categories.byCode("tin-tuc")).orElseThrow();
        String language = "en".equals(demo.lang) ? "en" : "vi";
        String slug = VietnameseText.slug(demo.title, 120);
        for (int n = 2; items.slugTaken(slug); n++) {
            slug = VietnameseText.slug(demo.title, 120) + "-" + n;
        }
        Instant now = clock.instant();
        Item item = new Item(category.getId(), language, slug, authorId, now);
        item.revise(new ItemDraft(category.getId(), demo.title, demo.summary, demo.body, demo.source, demo.author,
                language), RichText.sanitise(demo.body), now);
        item.markPublishedAt(now.minus(Duration.ofDays(demo.daysAgo)).minus(Duration.ofMinutes(demo.title.length())),
                authorId);
        items.add(item);
    }

    private DemoContent readContent() {
        try (InputStream in = DemoDataLoader.class.getResourceAsStream("/demo/articles.json");
             Jsonb jsonb = JsonbBuilder.create()) {
            if (in == null) {
                throw new IllegalStateException("demo/articles.json is missing from the demo module");
            }
            return jsonb.fromJson(in, DemoContent.class);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot read the demo content: " + e.getMessage(), e);
        }
    }
}
