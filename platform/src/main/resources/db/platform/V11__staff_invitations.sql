-- An owner invites someone to a store's staff by e-mail: the message carries a link with a secret
-- token (only its SHA-256 is kept), and the person joins once they are signed in with that address
-- and accept. No account is made for them. One invitation per store and address: inviting again
-- replaces the token. Store-owned: tenant_id leads.
CREATE TABLE staff_invitation (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  tenant_id    BIGINT       NOT NULL,
  email        VARCHAR(254) NOT NULL,
  token_hash   CHAR(64)     NOT NULL,
  invited_by   VARCHAR(255) NOT NULL,
  created_at   TIMESTAMP(6) NOT NULL,
  expires_at   TIMESTAMP(6) NOT NULL,
  accepted_at  TIMESTAMP(6) NULL,
  accepted_by  VARCHAR(255) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_staff_invitation_email UNIQUE (tenant_id, email),
  CONSTRAINT uq_staff_invitation_token UNIQUE (token_hash),
  CONSTRAINT fk_staff_invitation_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
  CONSTRAINT ck_staff_invitation_tenant CHECK (tenant_id > 0)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
