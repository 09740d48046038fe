/**
 * An outlet's home country, for corroboration: an Iranian, an Israeli and a Western outlet
 * stating the same thing are more independent than four outlets of one country. From the
 * article's site (a table of international outlets, else the country-code domain) or its outlet
 * name (the gazetteer's news agencies). Pure.
 */
import { gazetteer, tokenKey } from './gazetteer/index.ts';
import type { Article } from './types.ts';

/** Sites of outlets whose domain does not say their country (.com, .org, .net). */
const OUTLET_SITES: Record<string, string> = {
  'reuters.com': 'GB', 'bbc.com': 'GB', 'bbc.co.uk': 'GB', 'theguardian.com': 'GB', 'ft.com': 'GB', 'economist.com': 'GB', 'independent.co.uk': 'GB',
  'middleeasteye.net': 'GB', 'apnews.com': 'US', 'cnn.com': 'US', 'nytimes.com': 'US', 'washingtonpost.com': 'US', 'wsj.com': 'US',
  'bloomberg.com': 'US', 'axios.com': 'US', 'politico.com': 'US', 'foreignpolicy.com': 'US', 'rferl.org': 'US', 'voanews.com': 'US',
  'npr.org': 'US', 'aljazeera.com': 'QA', 'france24.com': 'FR', 'afp.com': 'FR', 'lemonde.fr': 'FR', 'dw.com': 'DE', 'euronews.com': 'FR',
  'timesofisrael.com': 'IL', 'jpost.com': 'IL', 'haaretz.com': 'IL', 'ynetnews.com': 'IL', 'i24news.tv': 'IL', 'dailysabah.com': 'TR',
  'hurriyetdailynews.com': 'TR', 'tehrantimes.com': 'IR', 'presstv.com': 'IR', 'arabnews.com': 'SA', 'thenationalnews.com': 'AE',
  'gulfnews.com': 'AE', 'khaleejtimes.com': 'AE', 'tass.com': 'RU', 'rt.com': 'RU', 'xinhuanet.com': 'CN', 'scmp.com': 'CN',
  'kyivindependent.com': 'UA', 'thehindu.com': 'IN', 'hindustantimes.com': 'IN', 'dawn.com': 'PK', 'koreaherald.com': 'KR', 'japantimes.co.jp': 'JP',
};

/** Country-code domains that are not the country's code. */
const DOMAIN_COUNTRY: Record<string, string> = { uk: 'GB' };

/** The outlet's home country (ISO alpha-2), or undefined when neither its site nor its name tells. */
export function outletCountry(article: Pick<Article, 'url' | 'source'>): string | undefined {
  const host = hostOf(article.url);
  if (host) {
    const site = Object.keys(OUTLET_SITES).find((s) => host === s || host.endsWith(`.${s}`));
    if (site) return OUTLET_SITES[site];
    const tld = host.slice(host.lastIndexOf('.') + 1);
    const code = DOMAIN_COUNTRY[tld] ?? tld.toUpperCase();
    if (tld.length === 2 && gazetteer().countriesByIso2.has(code)) return code;
  }
  if (article.source) {
    const known = gazetteer().byTokens.get(tokenKey(article.source.split(/\s+/)))?.find((h) => h.entity.type === 'Organization' && h.entity.country);
    if (known) return known.entity.country;
  }
  return undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
