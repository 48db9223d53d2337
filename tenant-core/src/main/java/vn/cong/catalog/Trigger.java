package vn.cong.catalog;

/**
 * The event that starts a publication deadline (căn cứ tính thời hạn), as the regulations word it: a document
 * signed, a project approved, an event held, a question received… Its words for the public catalog are in the
 * {@code vn/cong/catalog/words} bundle ({@code trigger.<NAME>}).
 */
public enum Trigger {
    /** Ký ban hành (VP Art. 6.2). */
    SIGNED,
    /** Ban hành (ND Art. 7.1c, BNV Art. 7.1a; a law issued, MIC Art. 11.2i). */
    ISSUED,
    /** Phê duyệt (projects, planning, programmes). */
    APPROVED,
    /** Nghiệm thu (science programmes' results). */
    ACCEPTED,
    /** Bổ nhiệm, phân công nhiệm vụ (leaders, MIC Art. 11.2đ). */
    APPOINTED,
    /** Hoạt động, sự kiện diễn ra (BNV Art. 7.1a). */
    EVENT_HELD,
    /** Thông tin thay đổi (contacts, MIC Art. 11.2a). */
    INFORMATION_CHANGED,
    /** Có thông tin (mới) — where the regulation names no other event (MIC Art. 11.2a, VP Art. 6.7). */
    INFORMATION_AVAILABLE,
    /** Hoàn thiện xong thông tin và được phép công bố (MIC Art. 11.2b, e, g, k, l). */
    CLEARED_FOR_PUBLICATION,
    /** Quyết định công bố (ad hoc statistics, MIC Art. 11.2d). */
    PUBLICATION_DECIDED,
    /** Nhận được văn bản đề nghị đăng tải (drafts for comment, VP Art. 6.6). */
    DOCUMENT_RECEIVED,
    /** Nhận được thông tin gửi đăng (editing, MIC Art. 14.1). */
    INFORMATION_RECEIVED,
    /** Nhận được câu hỏi (Q&amp;A, MIC Art. 11.2a, ND Art. 9.3). */
    QUESTION_RECEIVED,
    /** Nhận được câu trả lời (BNV Art. 7.4c). */
    ANSWER_RECEIVED
}
