// Types of the generated standalone validators (validators.js).
type Validate = (data: unknown) => boolean;
export declare const notice: Validate;
export declare const organisation: Validate;
export declare const config: Validate;
