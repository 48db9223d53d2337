package vn.cong.content;

import java.util.List;
import java.util.stream.Collectors;
import vn.cong.platform.DomainException;

/**
 * Structured fields that cannot be saved (422): every problem at once, each naming its field, so that a form can
 * mark each field and the API can list them. Nothing is saved when it is thrown.
 */
public class FieldsRefused extends DomainException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldProblem> problems;

    public FieldsRefused(List<FieldProblem> problems) {
        super(422, "fields.invalid", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    /** One line per problem, in a language. */
    public List<String> details(String language) {
        return problems.stream().map(p -> p.message(language)).collect(Collectors.toList());
    }

    @Override
    public String localizedMessage(String language) {
        return super.localizedMessage(language) + " " + String.join(" ", details(language));
    }
}
