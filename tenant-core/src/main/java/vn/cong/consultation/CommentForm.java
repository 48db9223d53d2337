package vn.cong.consultation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a citizen types to comment on a draft: their name (shown masked with the comment), an e-mail if they want the
 * outcome (sealed, never shown) and the comment. The same shape from the portal's form and the API.
 */
public record CommentForm(
        @NotBlank(message = "{comment.name.required}") @Size(max = 200, message = "{comment.name.size}") String name,
        @Email(message = "{comment.email.invalid}") @Size(max = 254, message = "{comment.email.invalid}") String email,
        @NotBlank(message = "{comment.body.required}")
        @Size(max = CommentForm.MAX_BODY, message = "{comment.body.size}") String body) {

    public static final int MAX_BODY = 5_000;

    static String clean(String text) {
        if (text == null) {
            return null;
        }
        String stripped = vn.cong.platform.VietnameseText.nfc(text);
        return stripped.isEmpty() ? null : stripped;
    }
}
