package vn.cong.editorial;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What an author types: the same shape from the back-office form and from the API. */
public record ItemDraft(
        @NotNull(message = "{item.category.required}") Long categoryId,
        @NotBlank(message = "{item.title.required}") @Size(max = 500, message = "{item.title.size}") String title,
        @Size(max = 2000, message = "{item.summary.size}") String summary,
        @NotBlank(message = "{item.body.required}") String body,
        @Size(max = 500, message = "{item.source.size}") String source,
        @Size(max = 255, message = "{item.author.size}") String authorName,
        String language) {
}
