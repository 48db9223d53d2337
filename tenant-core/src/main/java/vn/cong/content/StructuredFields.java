package vn.cong.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cong.audit.AuditEvent;
import vn.cong.audit.AuditLog;
import vn.cong.catalog.Category;
import vn.cong.catalog.CategoryRepository;
import vn.cong.catalog.Trigger;
import vn.cong.platform.ContentChanged;
import vn.cong.editorial.Item;
import vn.cong.editorial.ItemAuthoring;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.WorkflowPolicy;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.tenancy.UnitRepository;

/**
 * The structured fields of the current unit's items: the schema of an item's category ({@link ContentSchemas}),
 * checking values ({@link FieldValues}, 422 with every problem before anything is written), storing them as
 * {@link ItemField} rows, and reading them for pages and the API. Whoever may edit the item may set its fields
 * (the same {@code WorkflowPolicy} as the text); each save writes an audit line and fires {@link ItemFactsChanged}.
 */
@ApplicationScoped
@Transactional
public class StructuredFields {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    CategoryRepository categories;

    @Inject
    ItemAuthoring authoring;

    @Inject
    UnitRepository units;

    @Inject
    Attachments attachments;

    @Inject
    AuditLog audit;

    @Inject
    Event<ItemFactsChanged> factsChanged;

    @Inject
    Event<ContentChanged> contentChanged;

    @Inject
    vn.cong.tenancy.TenantContext tenant;

    private EntityManager em() {
        return entityManagers.forCurrentTenant();
    }

    /** The schema of a category's content type; empty for types without structured fields. */
    public Optional<ContentSchema> schemaOf(Long categoryId) {
        return categoryId == null ? Optional.empty()
                : categories.find(categoryId).map(Category::getContentType).flatMap(ContentSchemas::forType);
    }

    /**
     * Checks values for an item of a category without writing anything: the editor calls it before it saves the
     * item, so that a refused field never leaves a half-saved item. {@code itemId} is null for a new item.
     */
    public Map<String, String> check(Long categoryId, Long itemId, Map<String, String> raw) {
        Optional<ContentSchema> schema = schemaOf(categoryId);
        if (schema.isEmpty()) {
            return Map.of();
        }
        return FieldValues.validate(schema.get(), nonBlank(raw), references(itemId));
    }

    /** Sets an item's fields (all of them: a field left out is cleared). 403/404/409 as for editing its text. */
    public Map<String, String> save(Actor actor, long itemId, Map<String, String> raw, String address) {
        Item item = authoring.require(itemId, actor);
        if (!WorkflowPolicy.canEdit(actor, item)) {
            throw new DomainException(403, "item.not-editable", item.getState().name());
        }
        Map<String, String> values = check(item.getCategoryId(), itemId, raw);
        if (schemaOf(item.getCategoryId()).isEmpty() && raw != null && !nonBlank(raw).isEmpty()) {
            throw new DomainException(422, "fields.none-for-type");
        }
        Map<String, String> before = values(itemId);
        store(item, values);
        if (!before.equals(values)) {
            audit.record(new AuditEvent(actor.accountId(), actor.username(), address, "FIELDS", Item.AUDIT_SUBJECT,
                    itemId, item.getState().name(), item.getState().name(), changed(before, values)));
            if (item.getState() == ItemState.PUBLISHED || item.getUnpublishing().getAt() != null) {
                contentChanged.fire(new ContentChanged(item.getTenantId())); // citizens see the new values at once
            }
        }
        return values;
    }

    /** Seeds and imports only: values already known to be valid, stored without an actor. */
    public void seed(Item item, Map<String, String> raw) {
        store(item, check(item.getCategoryId(), item.getId(), raw));
    }

    private void store(Item item, Map<String, String> values) {
        ContentSchema schema = schemaOf(item.getCategoryId()).orElse(null);
        Map<String, ItemField> existing = new HashMap<>();
        for (ItemField row : rows(List.of(item.getId()))) {
            existing.put(row.getFieldCode(), row);
        }
        Map<Trigger, LocalDate> triggers = new EnumMap<>(Trigger.class);
        if (schema != null) {
            for (FieldDefinition field : schema.fields()) {
                String value = values.get(field.code());
                ItemField row = existing.remove(field.code());
                if (value == null) {
                    if (row != null) {
                        em().remove(row);
                    }
                    continue;
                }
                if (row == null) {
                    row = new ItemField(item.getId(), field.code());
                    row.set(field, value);
                    em().persist(row);
                } else {
                    row.set(field, value);
                }
                if (field.kind() == FieldKind.FILE) {
                    attachments.attach(Long.parseLong(value), item.getId());
                }
                if (field.trigger() != null) {
                    triggers.put(field.trigger(), LocalDate.parse(value));
                }
            }
        }
        existing.values().forEach(em()::remove);
        em().flush();
        factsChanged.fire(new ItemFactsChanged(tenant.unitId(), item.getId(), item.getCategoryId(), item.getTitle(),
                triggers));
    }

    /** An item's stored values by field code. */
    public Map<String, String> values(long itemId) {
        Map<String, String> values = new LinkedHashMap<>();
        for (ItemField row : rows(List.of(itemId))) {
            values.put(row.getFieldCode(), row.getTextValue());
        }
        return values;
    }

    /** Stored values of several items at once (a result page): item id → field code → value. */
    public Map<Long, Map<String, String>> values(Collection<Long> itemIds) {
        Map<Long, Map<String, String>> byItem = new HashMap<>();
        for (ItemField row : rows(itemIds)) {
            byItem.computeIfAbsent(row.getItemId(), id -> new LinkedHashMap<>()).put(row.getFieldCode(), row.getTextValue());
        }
        return byItem;
    }

    /** The fields as people read them, in schema order: label, shown value, and the stored value. */
    public List<ShownField> shown(Item item, String language) {
        return shown(item.getCategoryId(), values(item.getId()), language);
    }

    /** The same for values already read (a citizen page reads them once for the fields and the legal status). */
    public List<ShownField> shown(Long categoryId, Map<String, String> values, String language) {
        return schemaOf(categoryId).map(schema -> ShownField.of(schema, values, language)).orElse(List.of());
    }

    private List<ItemField> rows(Collection<Long> itemIds) {
        if (itemIds.isEmpty()) {
            return List.of();
        }
        return em().createQuery("select f from ItemField f where f.itemId in :ids order by f.itemId, f.id",
                ItemField.class).setParameter("ids", itemIds).getResultList();
    }

    private FieldValues.References references(Long itemId) {
        return new FieldValues.References() {
            @Override
            public boolean unitExists(long unitId) {
                return units.find(unitId).isPresent();
            }

            @Override
            public boolean attachmentUsable(long attachmentId) {
                return attachments.usableFor(attachmentId, itemId);
            }
        };
    }

    private static Map<String, String> nonBlank(Map<String, String> raw) {
        Map<String, String> given = new LinkedHashMap<>();
        if (raw != null) {
            raw.forEach((k, v) -> {
                if (k != null && v != null && !v.isBlank()) {
                    given.put(k, v);
                }
            });
        }
        return given;
    }

    private static String changed(Map<String, String> before, Map<String, String> after) {
        java.util.TreeSet<String> codes = new java.util.TreeSet<>(before.keySet());
        codes.addAll(after.keySet());
        codes.removeIf(c -> java.util.Objects.equals(before.get(c), after.get(c)));
        return "fields: " + String.join(", ", codes);
    }
}
