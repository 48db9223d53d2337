package vn.cong.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.cong.editorial.ItemRepository;
import vn.cong.editorial.ItemState;
import vn.cong.editorial.WorkflowPolicy;
import vn.cong.identity.Actor;
import vn.cong.platform.DomainException;
import vn.cong.platform.TenantBoundEntityManager;
import vn.cong.platform.VietnameseText;

/**
 * Uploading and serving attachments of the current unit: size limit ({@code cong.files.max-bytes}, default 20 MB),
 * accepted types checked on the bytes ({@link FileTypes}), SHA-256 as the key in the {@link FileStore}. Anyone who
 * may write items may upload; citizens get a file only while an item naming it is published.
 */
@ApplicationScoped
@Transactional
public class Attachments {

    @Inject
    TenantBoundEntityManager entityManagers;

    @Inject
    FileStore store;

    @Inject
    ItemRepository items;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "cong.files.max-bytes", defaultValue = "20971520")
    long maxBytes;

    public Attachment upload(Actor actor, String fileName, byte[] bytes) {
        if (!WorkflowPolicy.canCreate(actor)) {
            throw new DomainException(403, "item.forbidden");
        }
        String name = cleanName(fileName);
        if (bytes == null || bytes.length == 0) {
            throw new DomainException(422, "file.empty");
        }
        if (bytes.length > maxBytes) {
            throw new DomainException(413, "file.too-large", maxBytes / (1024 * 1024));
        }
        String type = FileTypes.detect(name, bytes).orElseThrow(() -> new DomainException(415, "file.type", name));
        StoredFile file = new StoredFile(sha256(bytes), bytes.length, type);
        try {
            store.put(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Attachment attachment = new Attachment(file, name, actor.accountId(), clock.instant());
        entityManagers.forCurrentTenant().persist(attachment);
        entityManagers.forCurrentTenant().flush();
        return attachment;
    }

    public Optional<Attachment> find(long id) {
        return Optional.ofNullable(entityManagers.forCurrentTenant().find(Attachment.class, id));
    }

    /** Usable as a field value of this item: of this unit, and not already another item's. */
    public boolean usableFor(long attachmentId, Long itemId) {
        return find(attachmentId).filter(a -> a.getItemId() == null || a.getItemId().equals(itemId)).isPresent();
    }

    void attach(long attachmentId, long itemId) {
        find(attachmentId).ifPresent(a -> a.attachTo(itemId));
    }

    /** The attachment as citizens may get it: its item is published. */
    public Optional<Attachment> published(long id) {
        return find(id).filter(a -> a.getItemId() != null
                && items.find(a.getItemId()).filter(i -> i.getState() == ItemState.PUBLISHED).isPresent());
    }

    public List<Attachment> ofItem(long itemId) {
        return entityManagers.forCurrentTenant().createQuery(
                "select a from Attachment a where a.itemId = :i order by a.id", Attachment.class)
                .setParameter("i", itemId).getResultList();
    }

    public java.io.InputStream open(Attachment attachment) throws IOException {
        return store.open(attachment.getSha256());
    }

    /** The name without any path, in NFC, at most 255 characters. */
    static String cleanName(String fileName) {
        String name = VietnameseText.nfc(fileName == null ? "" : fileName);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"]", "");
        if (name.isBlank()) {
            throw new DomainException(422, "file.name");
        }
        return name.length() > 255 ? name.substring(name.length() - 255) : name;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
