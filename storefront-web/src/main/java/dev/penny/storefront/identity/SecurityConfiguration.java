package dev.penny.storefront.identity;

import dev.penny.platform.identity.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;

/**
 * Sign-in for shoppers and merchants through the one Keycloak realm (OpenID Connect, code flow).
 * Realm roles arrive in the {@code groups} claim; store memberships in {@code tenant_groups}.
 *
 * <p>{@code redirectToOriginalResource} is off because it is broken in this Payara (code and state
 * stay in the URL, roles are missing on that request): {@link CallbackServlet} sends the user back
 * to the page they came from instead.
 */
@OpenIdAuthenticationMechanismDefinition(
    providerURI = "${pennyOidc.issuer}",
    clientId = "${pennyOidc.clientId}",
    clientSecret = "${pennyOidc.clientSecret}",
    redirectURI = "${baseURL}/callback",
    redirectToOriginalResource = false,
    scope = {"openid", "email", "profile"},
    claimsDefinition =
        @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"))
@DeclareRoles({Roles.SHOPPER, Roles.MERCHANT, Roles.PLATFORM_ADMIN})
@ApplicationScoped
public class SecurityConfiguration {}
