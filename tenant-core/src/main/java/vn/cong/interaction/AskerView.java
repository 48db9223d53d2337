package vn.cong.interaction;

/**
 * An asker as a screen or an answer shows them: masked ({@link #masked}) everywhere until a person allowed to
 * ({@link QuestionPolicy#mayOpenIdentity}) opens them, which is audited; whole ({@link #whole}) only then. An
 * organisation's name and its representative's position are not personal data and always show.
 */
public record AskerView(Question.Asker.Kind kind, String name, String nationality, String idNumber, String address,
                        String phone, String email, String organisation, String position, boolean opened) {

    public static AskerView masked(Question.Asker asker) {
        return new AskerView(asker.kind(), PersonalDataMask.name(asker.name()), asker.nationality(),
                PersonalDataMask.idNumber(asker.idNumber()), PersonalDataMask.address(asker.address()),
                PersonalDataMask.phone(asker.phone()), PersonalDataMask.email(asker.email()), asker.organisation(),
                asker.position(), false);
    }

    public static AskerView whole(Question.Asker asker) {
        return new AskerView(asker.kind(), asker.name(), asker.nationality(), asker.idNumber(), asker.address(),
                asker.phone(), asker.email(), asker.organisation(), asker.position(), true);
    }
}
