package vn.cong.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import vn.cong.platform.PlatformEntity;

/**
 * One unit of an import's list: what the plan found (its hostname, or why it is skipped or refused) and, once the job
 * took it, what happened. A refusal is a message key with its arguments, shown in the reader's language.
 */
@Entity
@Table(name = "unit_import_row")
public class UnitImportRow extends PlatformEntity {

    public enum Outcome { PENDING, CREATED, SKIPPED, REFUSED }

    private static final String SEPARATOR = "\u001f";

    @Column(name = "import_id", nullable = false)
    private Long importId;

    @Column(name = "row_no", nullable = false)
    private int rowNo;

    @Column(name = "official_code", nullable = false)
    private String officialCode;

    @Column(name = "official_name", nullable = false)
    private String officialName;

    @Enumerated(EnumType.STRING)
    @Column(name = "level_code")
    private UnitLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    @Column(name = "host_label")
    private String hostLabel;

    private String hostname;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "message_key")
    private String messageKey;

    @Column(name = "message_args")
    private String messageArgs;

    @Column(name = "unit_id")
    private Long unitId;

    protected UnitImportRow() {
    }

    public UnitImportRow(long importId, int rowNo, String officialCode, String officialName, UnitLevel level,
                         String parentCode, String hostLabel, String hostname) {
        this.importId = importId;
        this.rowNo = rowNo;
        this.officialCode = officialCode;
        this.officialName = officialName;
        this.level = level;
        this.parentCode = parentCode;
        this.hostLabel = hostLabel;
        this.hostname = hostname;
        this.outcome = Outcome.PENDING;
    }

    public void refuse(String key, Object... arguments) {
        settle(Outcome.REFUSED, key, arguments);
    }

    public void skip(String key, Object... arguments) {
        settle(Outcome.SKIPPED, key, arguments);
    }

    public void created(long newUnitId) {
        outcome = Outcome.CREATED;
        unitId = newUnitId;
    }

    private void settle(Outcome result, String key, Object... arguments) {
        outcome = result;
        messageKey = key;
        messageArgs = String.join(SEPARATOR, Arrays.stream(arguments).map(String::valueOf).toList());
        if (messageArgs.length() > 1000) {
            messageArgs = messageArgs.substring(0, 1000);
        }
    }

    public Long getImportId() {
        return importId;
    }

    public int getRowNo() {
        return rowNo;
    }

    public String getOfficialCode() {
        return officialCode;
    }

    public String getOfficialName() {
        return officialName;
    }

    public UnitLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }

    public String getHostLabel() {
        return hostLabel;
    }

    public String getHostname() {
        return hostname;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public List<String> messageArguments() {
        return messageArgs == null || messageArgs.isEmpty() ? List.of() : List.of(messageArgs.split(SEPARATOR, -1));
    }

    public Long getUnitId() {
        return unitId;
    }
}
