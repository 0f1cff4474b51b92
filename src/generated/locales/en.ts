
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's0280b695e567edd4': `Zoom in`,
's0382d73823585617': str`${0}: ${1}`,
's054e8898fc093fbd': `invalid id`,
's06d0ae746e22e51e': `the value has the wrong type`,
's0754cf622aafba92': `View`,
's0dc645cf074ff0ae': `Try again`,
's10261ae0860ca07b': `On the map: approximate position (town centre).`,
's129c6ff4a7be50d9': `List`,
's16ed0fe86f231140': `coordinates out of range`,
's19246248b925a7a6': `Website`,
's29d5f484c4b221ed': `Address`,
's385b2d09ddf829f0': `(in Italian)`,
's3b8ec893fa8f79c3': `Search for a service`,
's4708cee0df29d1f2': str`Sources (${0})`,
's4c022c8659487f9e': str`1 service found of ${0}`,
's5324206eef6a0bcc': str`The server answered with an error (${0}).`,
's56c37031ab20a5f0': `The file received is not valid JSON.`,
's5780cad90cbc01ba': `Opening hours`,
's5b7924bac41960ad': str`Group of ${0} services: open`,
's5eed200b5b1ecd56': `Map`,
's60f9ccc9e9d3a38f': `Loading the list…`,
's62474609a4136533': `a required field is missing`,
's67dc318dc1e870b7': `Try fewer words, check the spelling or remove the filters.`,
's6ece4f430f8de460': `Directions`,
's74fab675a6c33a30': str`Verified on ${0}`,
's7c3ab5707215050c': `Categories`,
's7d4e12d49e201ed6': `Call`,
's8aa2f5db1c294713': `Search: doctor, permit, work…`,
's8dbdb98f1255e87e': `This information may no longer be valid: check before you go.`,
's8e7258c871aaa410': `E-mail`,
's9ad112865c314de6': `Map of services`,
'sa0833f890a58fa08': str`${0} services found of ${1}`,
'sa45ce86e0f943e77': `Back to the list`,
'safd9214432194fb3': str`${0} services at this place`,
'sb0308599eba8d7f4': `The list of services could not be loaded.`,
'sb0e4c8f887e06a29': `Phone`,
'sb44dd4d32e2550fa': `Clear`,
'sc4baab6cafbf8e6a': `invalid value`,
'sc6a85d2637858fc2': `the entry is not an object`,
'scbd1222954508904': `Languages spoken`,
'sccec8ac3fe29e9a7': `repeated id`,
'sce17dd7b053e813f': `No services found.`,
'sd0f78d98faadfa87': `Zoom out`,
'sd1b27f72b452e2db': `1 entry of the directory is not valid and is not shown.`,
'sd508bf30119cf1e6': `The file received is not a valid list of services (format version 1).`,
'sd5853d30d51decdf': `unknown category`,
'sdc1ec71e8dadb7ca': str`Last updated: ${0}`,
'se14712f64f47f220': `The server does not answer, or there is no connection.`,
'se635af3a4734dd8a': `to be verified`,
'se64c0ad4d9e3b18f': `Close`,
'se9132c76c34f34be': `Opening hours not available: call before you go.`,
'sf8c73a2a1fb853f2': str`${0} entries of the directory are not valid and are not shown.`,
'sfc77c9158a2db98c': `To be verified.`,
'sfee551807b4a6d91': `As reported:`,
    };
  