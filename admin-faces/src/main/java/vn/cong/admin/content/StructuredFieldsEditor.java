package vn.cong.admin.content;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cong.admin.shell.BackOffice;
import vn.cong.content.FieldDefinition;
import vn.cong.content.FieldProblem;
import vn.cong.content.FieldsRefused;
import vn.cong.content.StructuredFields;
import vn.cong.platform.Messages;

/**
 * The one "structured fields" component of the item editor ({@code structured-fields.xhtml}): the fields of the chosen
 * category's content type, entered as text (dates as the browser's date input, ENUMs as a choice), checked before the
 * item is saved — so that a refused field never leaves a half-saved item — then stored with it.
 */
@Named
@ViewScoped
public class StructuredFieldsEditor implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StructuredFields fields;

    @Inject
    transient BackOffice backOffice;

    private final Map<String, String> values = new HashMap<>();
    private Long loadedFor;

    /** The fields of a category's type, loading an existing item's values the first time. */
    public List<FieldDefinition> definitions(Long itemId, Long categoryId) {
        if (itemId != null && !itemId.equals(loadedFor)) {
            loadedFor = itemId;
            values.clear();
            values.putAll(fields.values(itemId));
        }
        return fields.schemaOf(categoryId).map(s -> s.fields()).orElse(List.of());
    }

    public Map<String, String> getValues() {
        return values;
    }

    /** The refused values, one message per problem; the form keeps what was typed. */
    public void show(FieldsRefused refused) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Messages.format(backOffice.getLanguage(),
                refused.messageKey(), refused.arguments()), null));
        for (FieldProblem problem : refused.problems()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    problem.message(backOffice.getLanguage()), null));
        }
        faces.validationFailed();
    }

    /** The values were saved with item {@code itemId} (by {@code ItemSaving}, with its text). */
    public void saved(long itemId) {
        loadedFor = itemId;
    }
}
