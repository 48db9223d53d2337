package vn.cong.content;

/** One allowed value of an ENUM field, with its Vietnamese and English labels. */
public record EnumValue(String code, String labelVi, String labelEn) {

    public String label(String language) {
        return "en".equals(language) ? labelEn : labelVi;
    }
}
