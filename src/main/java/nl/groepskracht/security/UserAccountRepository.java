package nl.groepskracht.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByEmail(String email);

    Optional<UserAccount> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject);

    List<UserAccount> findByEmailIn(Collection<String> emails);

    List<UserAccount> findByActiveTrue();

    boolean existsByEmailAndIdNot(String email, Long id);

    boolean existsByEmail(String email);

    boolean existsByRole(Role role);

    /** Active, and not changed in a way that ends sessions since this version. */
    @org.springframework.data.jpa.repository.Query("""
            select count(a) > 0 from UserAccount a where a.id = :id and a.active = true and a.securityVersion = :version
            """)
    boolean isStillValid(@org.springframework.data.repository.query.Param("id") long id,
            @org.springframework.data.repository.query.Param("version") int version);
}
