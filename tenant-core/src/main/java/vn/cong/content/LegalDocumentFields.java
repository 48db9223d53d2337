package vn.cong.content;

/** The codes of the legal-document fields that the document search, status and retention rely on. */
public final class LegalDocumentFields {

    public static final String FORM = "hinh-thuc";
    public static final String NUMBER = "so-ky-hieu";
    public static final String ISSUER = "co-quan-ban-hanh";
    public static final String SIGNED_ON = "ngay-ky";
    public static final String ISSUED_ON = "ngay-ban-hanh";
    public static final String EFFECTIVE_ON = "ngay-hieu-luc";
    public static final String EXPIRES_ON = "ngay-het-hieu-luc";
    public static final String SUMMARY = "trich-yeu";
    public static final String FILE = "tep-van-ban";

    private LegalDocumentFields() {
    }
}
