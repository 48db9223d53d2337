package vn.cong.interaction;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a citizen types to ask a unit (ND Art. 9.2): who asks — a person (name, nationality, ID or passport number,
 * address, phone, e-mail if any) or an organisation (its representative's name and position, its full name, phone
 * and e-mail) — the subject field it concerns, a subject line and the question. The same shape from the portal's
 * form and from the API. What a person must give and an organisation must give differ: the constraints of
 * {@link AsPerson} and {@link AsOrganisation} apply as {@link #askerGroup()} says.
 */
public record QuestionForm(
        @NotNull(message = "{question.kind.required}") Question.Asker.Kind kind,
        @NotBlank(message = "{question.name.required}") @Size(max = 200, message = "{question.name.size}") String name,
        @Size(max = 100, message = "{question.nationality.size}") String nationality,
        @NotBlank(groups = AsPerson.class, message = "{question.id-number.required}")
        @Pattern(regexp = "\\s*[A-Za-z0-9]{6,20}\\s*", message = "{question.id-number.invalid}") String idNumber,
        @NotBlank(groups = AsPerson.class, message = "{question.address.required}")
        @Size(max = 300, message = "{question.address.size}") String address,
        @NotBlank(message = "{question.phone.required}")
        @Pattern(regexp = "\\s*\\+?[0-9][0-9 .()-]{7,19}\\s*", message = "{question.phone.invalid}") String phone,
        @NotBlank(groups = AsOrganisation.class, message = "{question.email.required}")
        @Email(message = "{question.email.invalid}") @Size(max = 254, message = "{question.email.invalid}") String email,
        @NotBlank(groups = AsOrganisation.class, message = "{question.organisation.required}")
        @Size(max = 255, message = "{question.organisation.size}") String organisation,
        @NotBlank(groups = AsOrganisation.class, message = "{question.position.required}")
        @Size(max = 255, message = "{question.position.size}") String position,
        @Size(max = 64, message = "{question.field.size}") String fieldCode,
        @NotBlank(message = "{question.subject.required}")
        @Size(max = 255, message = "{question.subject.size}") String subject,
        @NotBlank(message = "{question.body.required}")
        @Size(max = QuestionForm.MAX_BODY, message = "{question.body.size}") String body) {

    /** About four typed pages: longer petitions come as attachments (later), not as one field. */
    public static final int MAX_BODY = 10_000;

    /** The constraints only a person's question has. */
    public interface AsPerson {
    }

    /** The constraints only an organisation's question has. */
    public interface AsOrganisation {
    }

    /** The group of constraints this asker's kind adds to the common ones. */
    public Class<?> askerGroup() {
        return kind == Question.Asker.Kind.ORGANISATION ? AsOrganisation.class : AsPerson.class;
    }

    /** The asker as stored: trimmed, blanks as none, and only the fields of the asker's kind. */
    public Question.Asker asker() {
        if (kind == Question.Asker.Kind.ORGANISATION) {
            return new Question.Asker(kind, clean(name), null, null, null, clean(phone), clean(email),
                    clean(organisation), clean(position));
        }
        String country = clean(nationality);
        return Question.Asker.person(clean(name), country == null ? "Việt Nam" : country,
                clean(idNumber) == null ? null : clean(idNumber).toUpperCase(java.util.Locale.ROOT), clean(address),
                clean(phone), clean(email));
    }

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
