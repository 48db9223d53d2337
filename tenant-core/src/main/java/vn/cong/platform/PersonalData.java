package vn.cong.platform;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Citizens' identity data (ND Art. 9.2: name, ID or passport number, address, phone, e-mail) sealed at rest, column by
 * column, with {@link AesGcm} under {@code cong.security.personal-data-key} (Base64 of 32 bytes; environment
 * {@code CONG_SECURITY_PERSONAL_DATA_KEY}) — a key of its own, not the second-factor one. A JPA converter, so no code
 * path can write the plain text by forgetting to seal it; it reads the key itself (MicroProfile Config where the
 * platform runs, the environment or the development key elsewhere), since converters are not CDI beans everywhere.
 * Used for citizens' identity ({@code vn.cong.interaction.Question}) and for the addresses e-mails go to (the outbox).
 * A stored value without the sealed form's prefix was written before its column was sealed (the outbox's rows
 * before V21) and is read as it is; every write seals.
 */
@Converter
public class PersonalData implements AttributeConverter<String, String> {

    static final String SETTING = "cong.security.personal-data-key";
    static final String DEVELOPMENT_KEY = "Y29uZy1kZXYtb25seS1wZXJzb25hbC1kYXRhLWtleSE=";
    private static final Logger LOG = Logger.getLogger(PersonalData.class.getName());

    private static volatile AesGcm cipher;

    @Override
    public String convertToDatabaseColumn(String plain) {
        return plain == null ? null : cipher().seal(plain);
    }

    @Override
    public String convertToEntityAttribute(String sealed) {
        if (sealed == null) {
            return null;
        }
        return AesGcm.isSealed(sealed) ? cipher().open(sealed) : sealed;
    }

    private static AesGcm cipher() {
        AesGcm current = cipher;
        if (current == null) {
            String key = configured().orElseGet(() -> {
                LOG.warning("CONG: citizens' personal data use the development key; set"
                        + " CONG_SECURITY_PERSONAL_DATA_KEY in production");
                return DEVELOPMENT_KEY;
            });
            current = new AesGcm(key, SETTING);
            cipher = current;
        }
        return current;
    }

    private static Optional<String> configured() {
        try {
            return org.eclipse.microprofile.config.ConfigProvider.getConfig().getOptionalValue(SETTING, String.class);
        } catch (RuntimeException | LinkageError noConfigHere) {
            return Optional.ofNullable(System.getenv("CONG_SECURITY_PERSONAL_DATA_KEY"));
        }
    }
}
