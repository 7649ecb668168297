export declare const DEV_ORIGIN: string;
export declare function normalizeAddinUrl(raw: string): string;
export declare function rewriteManifestUrls(xml: string, addinUrl: string): string;
