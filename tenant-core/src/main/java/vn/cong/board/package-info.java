/**
 * The editorial board of a unit (Ban Biên tập; MIC Art. 5, 12; VP Art. 12; BNV Art. 4, 11): who sits on it with
 * which role ({@link vn.cong.identity.RoleGrant}), the unit's subject fields (lĩnh vực) that members are assigned
 * by, and who may change it ({@link vn.cong.board.BoardPolicy}: the unit administrator, or a DIC administrator
 * whose subtree grant reaches the unit). What board members may do to items is
 * {@link vn.cong.editorial.WorkflowPolicy}'s.
 */
package vn.cong.board;
