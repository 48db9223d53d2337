package vn.cong.editorial;

/** The named events of the editorial workflow; the API takes them by these names. */
public enum WorkflowAction {
    SUBMIT, PUBLISH, REJECT, UNPUBLISH
}
