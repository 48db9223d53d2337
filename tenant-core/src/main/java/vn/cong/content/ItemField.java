package vn.cong.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.cong.platform.TenantOwned;
import vn.cong.platform.VietnameseText;

/**
 * One structured value of one item (table {@code item_field}): the value as entered, and the forms the document
 * search queries — a folded key for short searchable text and ENUM codes, folded words of a searchable long text,
 * the day of a DATE, the amount of a NUMBER or MONEY.
 */
@Entity
@Table(name = "item_field")
public class ItemField extends TenantOwned {

    static final int KEY_MAX = 191;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(name = "field_code", nullable = false)
    private String fieldCode;

    @Column(name = "text_value", nullable = false)
    private String textValue;

    @Column(name = "key_value")
    private String keyValue;

    @Column(name = "folded_text")
    private String foldedText;

    @Column(name = "date_value")
    private LocalDate dateValue;

    @Column(name = "number_value")
    private BigDecimal numberValue;

    protected ItemField() {
    }

    ItemField(long itemId, String fieldCode) {
        this.itemId = itemId;
        this.fieldCode = fieldCode;
    }

    /** Seeds, imports and tests: a row for a value already checked by {@link FieldValues}. */
    public static ItemField of(long itemId, FieldDefinition field, String stored) {
        ItemField row = new ItemField(itemId, field.code());
        row.set(field, stored);
        return row;
    }

    /** Sets the stored value (already checked by {@link FieldValues}) and the forms the search uses. */
    void set(FieldDefinition field, String stored) {
        this.textValue = stored;
        String folded = VietnameseText.fold(stored).replaceAll("\\s+", " ");
        this.keyValue = field.searchable() && field.kind() != FieldKind.LONG_TEXT
                ? folded.substring(0, Math.min(folded.length(), KEY_MAX)) : null;
        this.foldedText = field.searchable() && field.kind() == FieldKind.LONG_TEXT ? folded : null;
        this.dateValue = field.kind() == FieldKind.DATE ? LocalDate.parse(stored) : null;
        this.numberValue = field.kind().isNumeric() ? new BigDecimal(stored) : null;
    }

    public Long getItemId() {
        return itemId;
    }

    public String getFieldCode() {
        return fieldCode;
    }

    public String getTextValue() {
        return textValue;
    }

    public LocalDate getDateValue() {
        return dateValue;
    }
}
