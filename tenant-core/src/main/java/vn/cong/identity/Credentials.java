package vn.cong.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/** Password check shared by the back-office login and the API token endpoint. */
@ApplicationScoped
@Transactional
public class Credentials {

    @Inject
    AccountRepository accounts;

    @Inject
    PasswordService passwords;

    public Optional<Account> check(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        return accounts.byUsername(username.strip())
                .filter(Account::isActive)
                .filter(account -> passwords.matches(password, account.getPasswordHash()));
    }
}
