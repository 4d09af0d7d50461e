// Production shape for Convenor: one Node 22 App Service running the one service, an Azure Bot
// (single tenant, Teams channel) pointing at it, PostgreSQL Flexible Server for the store, and a Key Vault
// holding the database URL and the bot's credential, read by the app through a user-assigned identity.
// The Entra app registrations (bot and API/tab SSO) are created outside this template and passed in.
// Not deployed from this repository; see README.md.

targetScope = 'resourceGroup'

@description('Short lower-case name used in every resource name, e.g. convenor-prod.')
@minLength(3)
@maxLength(20)
param name string

param location string = resourceGroup().location

@description('Entra tenant the bot and the users belong to.')
param tenantId string = subscription().tenantId

@description('Application (client) id of the bot app registration (single tenant). Manifest: BOT_ID.')
param botAppId string

@description('Application (client) id of the API / Teams SSO app registration. Manifest: AAD_APP_CLIENT_ID.')
param apiAppId string

@description('How the bot proves its identity: a client secret or a certificate, both kept in Key Vault.')
@allowed(['secret', 'certificate'])
param botCredential string = 'certificate'

@description('Thumbprint of the bot certificate when botCredential is certificate.')
param botCertificateThumbprint string = ''

@description('Public https origin of the service, no trailing slash; defaults to the App Service host name.')
param publicUrl string = ''

param postgresAdminLogin string = 'convenoradmin'

@secure()
@description('PostgreSQL administrator password; stored only as part of the database URL secret in Key Vault.')
param postgresAdminPassword string

param appServiceSku string = 'P0v3'
param postgresSku string = 'Standard_B1ms'
param postgresTier string = 'Burstable'

@allowed(['F0', 'S1'])
param botSku string = 'S1'

var suffix = uniqueString(resourceGroup().id, name)
var keyVaultName = take('kv${replace(name, '-', '')}${suffix}', 24)
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'
var databaseName = 'convenor'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: 'id-${name}'
  location: location
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    enablePurgeProtection: true
    softDeleteRetentionInDays: 90
    publicNetworkAccess: 'Enabled'
  }
}

resource vaultSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: 'psql-${name}-${suffix}'
  location: location
  sku: { name: postgresSku, tier: postgresTier }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32, autoGrow: 'Enabled' }
    backup: { backupRetentionDays: 14, geoRedundantBackup: 'Disabled' }
    highAvailability: { mode: 'Disabled' }
    network: { publicNetworkAccess: 'Enabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: { charset: 'UTF8', collation: 'en_US.utf8' }
}

// 0.0.0.0 to 0.0.0.0 admits connections from any Azure service, not only this app: private networking is the
// next step (README). Connections need TLS and the admin password either way.
resource postgresAzureAccess 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: { startIpAddress: '0.0.0.0', endIpAddress: '0.0.0.0' }
}

resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    value: 'postgres://${postgresAdminLogin}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${databaseName}?sslmode=require'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: 'asp-${name}'
  location: location
  kind: 'linux'
  sku: { name: appServiceSku }
  properties: { reserved: true }
}

var siteName = 'app-${name}-${suffix}'
var origin = empty(publicUrl) ? 'https://${siteName}.azurewebsites.net' : publicUrl
var kvRef = 'https://${keyVaultName}${environment().suffixes.keyvaultDns}/secrets'

// The bot credential itself is put into the vault by an operator (README); the app reads it by reference.
var botSecretSettings = [
  { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${kvRef}/bot-client-secret)' }
]
var botCertificateSettings = [
  { name: 'MicrosoftAppCertificatePem', value: '@Microsoft.KeyVault(SecretUri=${kvRef}/bot-certificate-pem)' }
  { name: 'MicrosoftAppCertificateThumbprint', value: botCertificateThumbprint }
]
var baseSettings = [
  { name: 'HOST', value: '0.0.0.0' }
  { name: 'PUBLIC_URL', value: origin }
  { name: 'DATABASE_URL', value: '@Microsoft.KeyVault(SecretUri=${kvRef}/database-url)' }
  { name: 'ENTRA_TENANT_ID', value: tenantId }
  { name: 'ENTRA_CLIENT_ID', value: apiAppId }
  { name: 'MicrosoftAppId', value: botAppId }
  { name: 'MicrosoftAppTenantId', value: tenantId }
  { name: 'LOG_LEVEL', value: 'info' }
  { name: 'SCM_DO_BUILD_DURING_DEPLOYMENT', value: 'false' }
]
var appSettings = concat(baseSettings, botCredential == 'secret' ? botSecretSettings : botCertificateSettings)

resource site 'Microsoft.Web/sites@2023-12-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: { '${identity.id}': {} }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'NODE|22-lts'
      appCommandLine: 'node server/dist/main.js'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: appSettings
    }
  }
  dependsOn: [vaultSecretsUser, databaseUrlSecret]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: 'bot-${name}-${suffix}'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Convenor'
    endpoint: '${origin}/api/messages'
    msaAppId: botAppId
    msaAppTenantId: tenantId
    msaAppType: 'SingleTenant'
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

// Named as the manifest variables, so Agents Toolkit's arm/deploy writes them to env/.env.<name>.
output TAB_ENDPOINT string = origin
output TAB_DOMAIN string = replace(origin, 'https://', '')
output ADDIN_ENDPOINT string = origin
output ADDIN_DOMAIN string = replace(origin, 'https://', '')
output BOT_ID string = botAppId
output AAD_APP_CLIENT_ID string = apiAppId
output AZURE_APP_SERVICE_RESOURCE_ID string = site.id
output KEY_VAULT_NAME string = vault.name
