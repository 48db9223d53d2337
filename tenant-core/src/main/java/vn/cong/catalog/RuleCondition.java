package vn.cong.catalog;

/**
 * When a rule applies only in one case of its category (trường hợp): the regulation gives two deadlines for the
 * same information, e.g. Q&amp;A answers in 5 working days, 10 when several units must answer (MIC Art. 11.2a).
 * Words in the {@code vn/cong/catalog/words} bundle ({@code condition.<NAME>}).
 */
public enum RuleCondition {
    /** Cần sự phối hợp của nhiều đơn vị. */
    SEVERAL_UNITS,
    /** Đối với cơ quan ban hành văn bản (ND Art. 7.1c). */
    ISSUING_BODY,
    /** Đối với các cơ quan thuộc phạm vi điều chỉnh của văn bản (ND Art. 7.1c). */
    BODIES_CONCERNED,
    /** Câu hỏi không thuộc thẩm quyền: trả lời người hỏi và chuyển câu hỏi (ND Art. 22.5). */
    NOT_COMPETENT
}
