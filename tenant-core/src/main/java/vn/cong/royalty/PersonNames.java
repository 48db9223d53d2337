package vn.cong.royalty;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.cong.identity.Account;
import vn.cong.identity.AccountRepository;

/** The name a contributor is paid under: the account's full name, or the collaborator's name as typed. */
@ApplicationScoped
@Transactional
public class PersonNames {

    @Inject
    AccountRepository accounts;

    public String of(Contributor contributor) {
        if (!contributor.isAccount()) {
            return contributor.collaboratorName();
        }
        return accounts.find(contributor.accountId()).map(Account::getFullName)
                .orElse("#" + contributor.accountId());
    }
}
