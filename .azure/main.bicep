// Overeenkomst in Azure: a Linux Function App running the custom handler, its storage account, and App Service
// Authentication in front of it. The README's "Deploying to Azure" walks through it; keep the two in step.
//   az deployment group create -g <group> -f .azure/main.bicep -p appName=<name> entraClientId=… entraClientSecret=…

@description('The Function App\'s name, unique in Azure: https://<appName>.azurewebsites.net. Lower-case letters, digits and hyphens.')
@minLength(3)
@maxLength(40)
param appName string

param location string = resourceGroup().location

@description('Y1: Linux Consumption (scales to zero). EP1: Elastic Premium (always warm, no cold start for users).')
@allowed([ 'Y1', 'EP1' ])
param planSku string = 'Y1'

@description('The Microsoft Entra tenant the users sign in with.')
param entraTenantId string = subscription().tenantId

@description('Application (client) id of the Entra app registration with the roles opleiding, zorg and juridisch.')
param entraClientId string

@description('A client secret of that app registration.')
@secure()
param entraClientSecret string

var agreementsContainer = 'overeenkomsten'

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: take('${replace(appName, '-', '')}${uniqueString(resourceGroup().id)}', 24)
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_ZRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: storage
  name: 'default'
  properties: {
    // Version-level immutability needs versioning; every overwrite of agreement.json also keeps its predecessor.
    isVersioningEnabled: true
  }
}

resource agreements 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: agreementsContainer
  properties: {
    publicAccess: 'None'
    // Finals are write-once: the container supports a time-based immutability policy per blob version, put on each
    // final's version. No default policy for the whole container: agreement.json must stay editable and deletable.
    immutableStorageWithVersioning: { enabled: true }
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${appName}-plan'
  location: location
  kind: planSku == 'Y1' ? 'functionapp' : 'elastic'
  sku: { name: planSku, tier: planSku == 'Y1' ? 'Dynamic' : 'ElasticPremium' }
  properties: {
    reserved: true // Linux
  }
}

var storageConnection = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};EndpointSuffix=${environment().suffixes.storage};AccountKey=${storage.listKeys().keys[0].value}'

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: appName
  location: location
  kind: 'functionapp,linux'
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat([
        { name: 'FUNCTIONS_EXTENSION_VERSION', value: '~4' }
        { name: 'FUNCTIONS_WORKER_RUNTIME', value: 'custom' }
        { name: 'AzureWebJobsStorage', value: storageConnection }
        { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
        { name: 'Auth__Mode', value: 'EasyAuth' }
        { name: 'Storage__ConnectionString', value: storageConnection }
        { name: 'Storage__Container', value: agreementsContainer }
        { name: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET', value: entraClientSecret }
        // A 32 MB gen-0 budget instead of the ~80 MB .NET picks from the cache size: under load the handler's peak memory
        // 215 MB instead of ~255 at the same throughput (README, "Measured"). The runtime reads it from the environment only.
        { name: 'DOTNET_GCgen0size', value: '0x2000000' }
      ], planSku == 'Y1' ? [] : [
        // Elastic Premium keeps the app's files on an Azure Files share; Linux Consumption does not use one.
        { name: 'WEBSITE_CONTENTAZUREFILECONNECTIONSTRING', value: storageConnection }
        { name: 'WEBSITE_CONTENTSHARE', value: toLower(appName) }
      ])
    }
  }
}

// App Service Authentication: every request signs in with Entra ID first; the handler reads the user and their roles
// from X-MS-CLIENT-PRINCIPAL. Only /api/health is open, for the platform's probes.
resource auth 'Microsoft.Web/sites/config@2023-12-01' = {
  parent: app
  name: 'authsettingsV2'
  properties: {
    platform: { enabled: true }
    globalValidation: {
      requireAuthentication: true
      unauthenticatedClientAction: 'RedirectToLoginPage'
      redirectToProvider: 'azureactivedirectory'
      excludedPaths: [ '/api/health' ]
    }
    identityProviders: {
      azureActiveDirectory: {
        enabled: true
        registration: {
          clientId: entraClientId
          clientSecretSettingName: 'MICROSOFT_PROVIDER_AUTHENTICATION_SECRET'
          openIdIssuer: '${environment().authentication.loginEndpoint}${entraTenantId}/v2.0'
        }
        validation: {
          allowedAudiences: [ 'api://${entraClientId}' ]
        }
      }
    }
    login: {
      tokenStore: { enabled: true }
      // The roles come from the sign-in's token. A session lasts an hour at most, so a role taken away in Entra ID is gone
      // by then even if nobody revokes the sessions (README, "Roles for people of other organisations").
      cookieExpiration: { convention: 'FixedTime', timeToExpiration: '01:00:00' }
    }
  }
}

output functionAppName string = app.name
output url string = 'https://${app.properties.defaultHostName}'
output storageAccountName string = storage.name
