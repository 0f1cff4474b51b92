// Written by scripts/i18n.mjs from the files in xliff/. Do not edit.
import type { TemplateLike, TemplateMap } from '@lit/localize';

/** The id of every UI message, in the order of the lists in ./locales/*.ts. */
export const messageIds: readonly string[] = 's0280b695e567edd4 s0382d73823585617 s050417a7c6ece7ab s054e8898fc093fbd s06d0ae746e22e51e s0754cf622aafba92 s0755de9f56dc2acf s0dc645cf074ff0ae s0e222de4f67ff86a s10261ae0860ca07b s11fd65abe7be4c94 s129c6ff4a7be50d9 s16ed0fe86f231140 s171f3241ba1301d7 s19246248b925a7a6 s1b316bbe5fb4cb05 s1d8399685581aaf3 s1f44aeb90c275429 s256985ddf1742f47 s29d5f484c4b221ed s2dfc83b5eae50372 s30104ddff69d7b6e s318d38f19f8876bd s385b2d09ddf829f0 s39949b9974703014 s3b8ec893fa8f79c3 s4462add392e7eabe s4708cee0df29d1f2 s4c022c8659487f9e s5273123045bd5687 s5324206eef6a0bcc s56c37031ab20a5f0 s5780cad90cbc01ba s5b7924bac41960ad s5c9704ab818282ff s5eed200b5b1ecd56 s5f8baced8261e430 s60f9ccc9e9d3a38f s62474609a4136533 s67dc318dc1e870b7 s6ece4f430f8de460 s74fab675a6c33a30 s7c3ab5707215050c s7cc043f9bd363a89 s7d4e12d49e201ed6 s85e1632be4724144 s8863a8638248b9e0 s88d5e39908310ca6 s88f4112746d0ddbf s8aa2f5db1c294713 s8b70e1874e9178f6 s8dbdb98f1255e87e s8e7258c871aaa410 s8ef26607725a6f9d s95a8cf01e9dde480 s9ad112865c314de6 s9dcf54ae6888cdf2 sa0833f890a58fa08 sa45ce86e0f943e77 saf150b8e1d6c41eb safd9214432194fb3 sb0308599eba8d7f4 sb0e4c8f887e06a29 sb44dd4d32e2550fa sb4d97dd0db3ce7f1 sb7aa60c0a70e26e5 sbf474f2df36d5506 sc12d9915d0f9df69 sc4baab6cafbf8e6a sc64840ace5c3f42b sc6a85d2637858fc2 scb103c5901295ffd scbd1222954508904 sccec8ac3fe29e9a7 sce17dd7b053e813f sd0f78d98faadfa87 sd1b27f72b452e2db sd35dd649b332ec6b sd508bf30119cf1e6 sd5853d30d51decdf sd737948f7ec20242 sdc1ec71e8dadb7ca sdec447a192bbb9da se0e858318b7e08d4 se14712f64f47f220 se635af3a4734dd8a se64c0ad4d9e3b18f se9132c76c34f34be sf8c73a2a1fb853f2 sf9fa830649a3450b sfc77c9158a2db98c sfee551807b4a6d91'.split(' ');

/** A locale module's templates from its list of values in the order of `messageIds`; holes are messages not translated. */
export function templatesFrom(values: readonly (TemplateLike | undefined)[]): TemplateMap {
  const templates: TemplateMap = {};
  values.forEach((value, i) => {
    if (value !== undefined) templates[messageIds[i]] = value;
  });
  return templates;
}
