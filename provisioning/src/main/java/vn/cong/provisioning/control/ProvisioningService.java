package vn.cong.provisioning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.DefaultCatalog;
import vn.cong.catalog.preset.PresetLevel;
import vn.cong.catalog.preset.PresetStore;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemAuthoring;
import vn.cong.editorial.ItemTransitions;
import vn.cong.editorial.ItemDraft;
import vn.cong.identity.Account;
import vn.cong.identity.Actor;
import vn.cong.identity.AccountRepository;
import vn.cong.identity.Authority;
import vn.cong.identity.Invitations;
import vn.cong.identity.PasswordService;
import vn.cong.notification.Notice;
import vn.cong.notification.Notifications;
import vn.cong.identity.Role;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;
import vn.cong.provisioning.control.ProvisionedUnit.Invitation;
import vn.cong.provisioning.register.OfficialRegisters;
import vn.cong.tenancy.HostnamePolicy;
import vn.cong.tenancy.Themes;
import vn.cong.tenancy.Unit;
import vn.cong.tenancy.UnitLevel;
import vn.cong.tenancy.UnitRepository;
import vn.cong.tenancy.UnitsChanged;

/**
 * Opens a unit's portal in one transaction: the unit under its parent with its computed hostnames, its information
 * catalog instantiated from a regulation preset version for its level, the default pages, and a first administrator. The portal answers on its
 * hostname as soon as the transaction commits ({@link UnitsChanged} refreshes the host directory).
 */
@ApplicationScoped
@Transactional
public class ProvisioningService {

    /** GSO codes: 2 digits a province, 3 a district, 5 a commune. */
    private static final Pattern OFFICIAL_CODE = Pattern.compile("\\d{2}|\\d{3}|\\d{5}");

    /** One address, no spaces or angle brackets: what a mail server accepts, not every RFC 5322 form. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;]+@[^@\\s<>,;]+\\.[^@\\s<>,;]+");

    private static final DateTimeFormatter VIETNAM_DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Inject
    UnitRepository units;

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordService passwords;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemAuthoring authoring;

    @Inject
    ItemTransitions transitions;

    @Inject
    PresetStore presets;

    @Inject
    AuditLog audit;

    @Inject
    Authority authority;

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    Event<UnitsChanged> unitsChanged;

    @Inject
    Clock clock;

    @Inject
    OfficialRegisters registers;

    @Inject
    Invitations invitations;

    @Inject
    Notifications notifications;

    @Inject
    @ConfigProperty(name = "cong.base-domain", defaultValue = "localhost")
    String baseDomain;

    /**
     * A person opens a portal: 404 unknown parent → 403 unless {@link ProvisioningPolicy} allows the caller → 422
     * invalid request → 409 hostname or administrator username taken (also by a concurrent request).
     */
    public ProvisionedUnit provision(Account caller, UnitRequest request) {
        Unit parent = parentOf(request);
        boolean allowed = parent == null ? ProvisioningPolicy.mayOpenTopLevel(authority.isOperator(caller))
                : ProvisioningPolicy.mayOpenUnder(authority.actorIn(caller, parent));
        if (!allowed) {
            throw new DomainException(403, "auth.forbidden");
        }
        return open(request, parent, caller.getUsername(), caller.getId(), false);
    }

    /**
     * The platform itself opens a portal, no person acting (the demo data; a bulk import run by the platform):
     * the same checks of the request, no permission check — never for a person's request.
     */
    public ProvisionedUnit provisionForPlatform(UnitRequest request, String platformName) {
        return open(request, parentOf(request), platformName, null, false);
    }

    /**
     * A row of a bulk import: as {@link #provisionForPlatform}, but the first administrator gets no password (no slow
     * hash per unit, no secret shown to anyone): they are invited to choose one.
     */
    public ProvisionedUnit provisionForImport(UnitRequest request, String importName) {
        return open(request, parentOf(request), importName, null, true);
    }

    /** Locked: two portals opened under the same parent at once are opened one after the other. */
    private Unit parentOf(UnitRequest request) {
        return request.parentId() == null ? null : units.findLocked(request.parentId())
                .orElseThrow(() -> new DomainException(404, "unit.parent.unknown", request.parentId()));
    }

    private ProvisionedUnit open(UnitRequest request, Unit parent, String actorName, Long actorId,
                                 boolean withoutPassword) {
        UnitLevel level = parseLevel(request.level());
        if (request.officialName() == null || request.officialName().isBlank() || request.officialName().length() > 255) {
            throw new DomainException(422, "unit.name.invalid", request.officialName());
        }
        requirePlacement(level, parent);
        String code = officialCode(request);
        String label = labelOf(request, level, parent, code);
        String parentHost = parent == null ? null : units.canonicalHostname(parent.getId()).orElseThrow();
        String hostname = HostnamePolicy.canonicalHostname(label, parentHost);
        String english = HostnamePolicy.englishHostname(hostname);
        if (units.host(hostname).isPresent() || units.host(english).isPresent()) {
            throw new DomainException(409, "unit.host.taken", hostname + "." + baseDomain);
        }
        String theme = request.theme() == null || request.theme().isBlank() ? Themes.DEFAULT : request.theme().strip();
        if (!Themes.AVAILABLE.contains(theme)) {
            throw new DomainException(422, "unit.theme.unknown", theme, String.join(", ", Themes.AVAILABLE));
        }
        PresetLevel catalog = presets.forNewUnit(request.preset(), parent, level);
        Unit unit = units.add(new Unit(parent, level, request.officialName(), request.abbreviation(),
                request.englishName(), label, theme, clock.instant()), parent, hostname);
        entityManagers.flushUnique(() -> new DomainException(409, "unit.host.taken", hostname + "." + baseDomain));
        if (code != null) {
            unit.assignOfficialCode(code);
            entityManagers.flushUnique(() -> new DomainException(409, "unit.code.taken", code));
        }
        unit.followPreset(catalog.preset().code(), catalog.preset().version());

        UnitRequest.AdminRequest admin = request.admin() == null
                ? new UnitRequest.AdminRequest(null, null, null, null) : request.admin();
        boolean generated = admin.username() == null || admin.username().isBlank();
        String username = generated ? freeAdminName(hostname) : admin.username().strip().toLowerCase(Locale.ROOT);
        if (accounts.usernameTaken(username)) {
            throw new DomainException(409, "unit.admin.username.taken", username);
        }
        String email = emailOf(admin);
        boolean noPasswordGiven = admin.password() == null || admin.password().isBlank();
        boolean invite = noPasswordGiven && email != null;
        String password = noPasswordGiven ? PasswordService.generated() : admin.password();
        String passwordHash = withoutPassword || invite ? PasswordService.NO_PASSWORD
                : passwords.hash(username, password);
        Account account = accounts.add(new Account(unit.getId(), username,
                Optional.ofNullable(admin.fullName()).filter(s -> !s.isBlank()).orElse("Quản trị " + unit.getOfficialName()),
                email, passwordHash, clock.instant()));
        entityManagers.flushUnique(() -> new DomainException(409, "unit.admin.username.taken", username));
        accounts.grant(account, unit.getId(), Role.UNIT_ADMIN);
        Invitation invitation = invite ? invite(unit, account, actorId, hostname + "." + baseDomain) : null;

        entityManagers.runAs(unit, () -> {
            categories.instantiate(catalog);
            addDefaultPages(unit, account);
            audit.record(new AuditEvent(actorId, actorName, null, "PROVISION", "UNIT", unit.getId(), null,
                    unit.getState().name(), unit.getOfficialName() + " → " + hostname + " · " + catalog.preset().key()));
            return null;
        });
        unitsChanged.fire(UnitsChanged.of(unit.getId(), unit.getParentId()));
        boolean showPassword = !withoutPassword && !invite && noPasswordGiven;
        return new ProvisionedUnit(unit.getId(), unit.getOfficialName(), level.name(), hostname + "." + baseDomain,
                english + "." + baseDomain, "http://" + hostname + "." + baseDomain + "/", username,
                showPassword ? password : null, catalog.preset().key(), invitation);
    }

    /** The first administrator chooses a password through a one-time link sent to their address. */
    private Invitation invite(Unit unit, Account account, Long actorId, String host) {
        Invitations.Issued issued = invitations.issue(account, actorId);
        String expires = VIETNAM_DATE_TIME.format(issued.expiresAt());
        boolean mailed = notifications.mailOnly(unit.getId(), account, Notice.of("identity.invitation",
                "vn.cong.identity.notices", "invitation", unit.getOfficialName(), account.getUsername(), expires)
                .linkingTo(issued.path()), host);
        return new Invitation(account.getEmail(), issued.expiresAt(), mailed);
    }

    private static String emailOf(UnitRequest.AdminRequest admin) {
        if (admin.email() == null || admin.email().isBlank()) {
            return null;
        }
        String email = admin.email().strip();
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new DomainException(422, "unit.admin.email.invalid", email);
        }
        return email;
    }

    /** The request's official code, checked for its form and against the active units; null when it has none. */
    private String officialCode(UnitRequest request) {
        if (request.officialCode() == null || request.officialCode().isBlank()) {
            return null;
        }
        String code = request.officialCode().strip();
        if (!OFFICIAL_CODE.matcher(code).matches()) {
            throw new DomainException(422, "unit.code.invalid", code);
        }
        if (units.byOfficialCode(code).isPresent()) {
            throw new DomainException(409, "unit.code.taken", code);
        }
        return code;
    }

    /** The operator's label; else, for a unit of an official list, its label among its official siblings. */
    private String labelOf(UnitRequest request, UnitLevel level, Unit parent, String code) {
        if (request.hostLabel() != null && !request.hostLabel().isBlank()) {
            return HostnamePolicy.requireValidLabel(request.hostLabel());
        }
        Optional<String> official = code == null ? Optional.empty() : registers.label(code,
                parent == null ? null : parent.getOfficialCode(), level, request.officialName(), request.abbreviation());
        return official.orElseGet(() -> HostnamePolicy.labelFor(level, request.officialName(), request.abbreviation()));
    }

    /**
     * {@code admin.<hostname>}, or — when a person holds it already (a reform's commune on the hostname of the
     * district it replaces, whose administrator was carried over) — {@code admin2.<hostname>}, and so on.
     */
    private String freeAdminName(String hostname) {
        String username = "admin." + hostname;
        for (int n = 2; accounts.usernameTaken(username) && n < 100; n++) {
            username = "admin" + n + "." + hostname;
        }
        return username;
    }

    /** The introduction and contacts pages, through the workflow: a revision, audit lines, the publication events. */
    private void addDefaultPages(Unit unit, Account administrator) {
        Category intro = categories.byCode(DefaultCatalog.INTRODUCTION).orElseThrow();
        String name = unit.getOfficialName();
        Actor platform = new Actor(administrator.getId(), ItemTransitions.PROVISIONING, ItemTransitions.PROVISIONING,
                unit.getId(), Set.of());
        publishPage(platform, intro, "Giới thiệu chung về " + name,
                "<p>Chức năng, nhiệm vụ, cơ cấu tổ chức của " + name + ". Ban biên tập cập nhật nội dung này.</p>", name);
        publishPage(platform, intro, "Thông tin liên hệ",
                "<p>Địa chỉ, điện thoại, thư điện tử của " + name + ".</p>", name);
    }

    private void publishPage(Actor platform, Category category, String title, String body, String source) {
        Item page = authoring.createDefaultPage(platform,
                new ItemDraft(category.getId(), title, null, body, source, null, "vi"));
        transitions.publishDefaultPage(page.getId());
    }

    private static UnitLevel parseLevel(String level) {
        try {
            return UnitLevel.valueOf(level == null ? "" : level.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DomainException(422, "unit.level.unknown", level);
        }
    }

    private static void requirePlacement(UnitLevel level, Unit parent) {
        if (parent == null && !level.isTopLevel()) {
            throw new DomainException(422, "unit.level.top-only", level.name());
        }
        if (parent != null && !parent.getLevel().mayContain(level)) {
            throw new DomainException(422, "unit.level.not-allowed", level.name(), parent.getLevel().name());
        }
    }
}
